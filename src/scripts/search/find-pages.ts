// Runs one query against the Pagefind index of the page's language: every spelling of the query (see
// src/lib/search-query.ts) and its glossary terms in the page's language, merged; word by word when no
// page has all the words; a programme whose name the query spells exactly first.
import { translateQuery, type TermTranslation } from '../../lib/search-glossary';
import { isRealMatch } from '../../lib/search-match';
import { anyWordHits, mergeHits, type MergedHit } from '../../lib/search-merge';
import { nameKey, queryVariants, queryWords } from '../../lib/search-query';

/** What Pagefind stores for a page (the parts the search page uses). */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Array<{ id: string; location: number; text: string }>;
}

/** One page found by Pagefind. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PageData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pages found for a query; `partial` when none has every word and pages with some are shown. */
export interface Found {
  hits: Array<MergedHit<PagefindResult>>;
  partial: boolean;
}

// A runtime string, so that the bundler leaves the import to the browser: the bundle is written by
// Pagefind after the site is built.
const PAGEFIND_JS = '/pagefind/pagefind.js';

// Pagefind's ranking (https://pagefind.app/docs/ranking/): a programme's aliases and its folded names
// (scripts/search-index.mjs) count like its title; type and priority are labels, not words to rank by.
const RANKING = { pageLength: 0.3, metaWeights: { title: 5, aliases: 5, folded: 5, type: 0, priority: 0 } };

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind's JS API, loaded once, on the main thread: the index is small, and the worker would be one
 * more file to download before the first results.
 * @example const pf = await loadPagefind();
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_JS).then(async (module: Pagefind) => {
    await module.options({ noWorker: true, ranking: RANKING });
    return module;
  });
  return pagefind;
}

// The hits of one spelling, or none when Pagefind only found a scrap of the words (see search-match.ts):
// the scrap is the same on every page, so the best page tells.
async function searchSpelling(pf: Pagefind, text: string, words: readonly string[], filters: Record<string, string>) {
  const hits = (await pf.search(text, { filters }))?.results ?? [];
  const best = hits[0];
  if (!best || isRealMatch((await best.data()).content, best.words, words)) return hits;
  return [];
}

/** A glossary term of the other language counts a little less than the reader's own words. */
const TRANSLATED_WEIGHT = 0.9;

/** What the page knows besides the index: programme names (key → slug) and glossary translations. */
export interface SearchAids {
  names: ReadonlyMap<string, string>;
  translations: readonly TermTranslation[];
}

async function searchSpellings(pf: Pagefind, query: string, filters: Record<string, string>, aids: SearchAids) {
  const translated = translateQuery(query, aids.translations);
  const variants = [
    ...queryVariants(query),
    ...(translated ? queryVariants(translated).map((v) => ({ ...v, weight: v.weight * TRANSLATED_WEIGHT })) : []),
  ];
  const words = queryWords(translated ? `${query} ${translated}` : query);
  const lists = await Promise.all(
    variants.map(async (variant) => ({
      weight: variant.weight,
      hits: await searchSpelling(pf, variant.text, words, filters),
    })),
  );
  return mergeHits(lists);
}

/**
 * Every page found for a query, best first.
 * @example await findPages('Qoldau', {}, { names: new Map([['qoldau', 'qoldau']]), translations: [] })
 */
export async function findPages(query: string, filters: Record<string, string>, aids: SearchAids): Promise<Found> {
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], partial: false };
  const pf = await loadPagefind();
  let hits = await searchSpellings(pf, query, filters, aids);
  let partial = false;
  if (hits.length === 0 && words.length > 1) {
    hits = anyWordHits(await Promise.all(words.map((word) => searchSpellings(pf, word, filters, aids))));
    partial = hits.length > 0;
  }
  const programme = aids.names.get(nameKey(query));
  if (programme) {
    const named = (await pf.search(null, { filters: { ...filters, programme } }))?.results[0];
    if (named) {
      const found = hits.find((h) => h.hit.id === named.id) ?? { hit: named, score: 0, words: [], matchedBy: 1 };
      hits = [found, ...hits.filter((h) => h !== found)];
    }
  }
  return { hits, partial };
}
