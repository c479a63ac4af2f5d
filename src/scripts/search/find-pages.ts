// Runs one query against the Pagefind index of the page's language: its content words (question and
// filler words left out), every spelling of them (see src/lib/search/query.ts) and their glossary terms
// and names in the page's language, merged; word by word when no page has all the words; a programme
// whose name the query spells exactly first. When that finds nothing, only some of the words, or words
// only by a scrap of them, the query is read as typed on the wrong keyboard layout or corrected against
// the words of the index, and those results are shown instead.
import { translateQuery, type TermTranslation } from '@/lib/search/glossary';
import { hasWholeWords, isCloseMatch, isRealMatch, shortWords } from '@/lib/search/match';
import { anyWordHits, mergeHits, type MergedHit } from '@/lib/search/merge';
import { namedWithWord } from '@/lib/search/named';
import { joinNumbers, nameKey, queryVariants, queryWords } from '@/lib/search/query';
import { contentWords } from '@/lib/search/question-words';
import { asksForPromises, expandQuery, queryParts, type Synonym } from '@/lib/search/synonyms';
import type { Corrector } from './meant';
import { asQuery, noQueryRunning } from './queries-first';

/** What Pagefind stores for a page (the parts the search page uses). */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
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
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pages found for a query; `partial` when none has every word and pages with some are shown. */
export interface Found {
  hits: Array<MergedHit<PagefindResult>>;
  partial: boolean;
  /** The query searched instead of the one typed (corrected, or typed on the wrong layout). */
  instead?: string;
}

// A runtime string, so that the bundler leaves the import to the browser: the bundle is written by
// Pagefind after the site is built.
const PAGEFIND_JS = '/pagefind/pagefind.js';

// Pagefind's ranking (https://pagefind.app/docs/ranking/). Page length counts less than by default
// (0.75): a speech section is long because it covers a whole priority, which is what a reader's plain
// query («денсаулық сақтау») is after, so it should not lose to a short programme page that mentions
// the words once. A programme's aliases and folded names (scripts/search/index.mjs) count like its
// title; type and priority are labels, not words to rank by.
// A promise's status and deadline are labels too.
const RANKING = { pageLength: 0.4, metaWeights: { title: 5, aliases: 5, folded: 5, type: 0, priority: 0, status: 0, deadline: 0, about: 0 } };

/** Pages that list everything of a kind (the commitments table): found by almost any query. */
const LISTING_TYPES = new Set(['commitments']);
/** The best results ordered by kind of page (see orderByKind). */
const KIND_WINDOW = 6;

let pagefind: Promise<Pagefind> | undefined;

// A page's stored text is the same in every search, and each data() is a round trip to Pagefind's
// worker (several per query: the prefetch, the scrap check, the drawing of results): each page's is
// asked for once.
const storedTexts = new Map<string, Promise<PageData>>();

function withStoredText(result: PagefindResult): PagefindResult {
  const data = () => {
    let text = storedTexts.get(result.id);
    if (!text) {
      text = result.data();
      storedTexts.set(result.id, text);
      text.catch(() => storedTexts.delete(result.id)); // asked again next time (the network may be back)
    }
    return text;
  };
  return { ...result, data };
}

/** Pagefind's results for a term (null: every page), each page's stored text fetched at most once. */
async function search(pf: Pagefind, term: string | null, filters: Record<string, string> = {}): Promise<PagefindResult[]> {
  return ((await pf.search(term, { filters }))?.results ?? []).map(withStoredText);
}

/**
 * Pagefind's JS API, loaded once. Pagefind decodes its index and searches it in its web worker
 * (pagefind-worker.js), so that the page stays responsive while results load (on a slow phone that
 * work took most of a second on the main thread); where a worker cannot start, Pagefind does it on
 * the main thread.
 * @example const pf = await loadPagefind();
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_JS).then(
    async (module: Pagefind) => {
      await module.options({ ranking: RANKING });
      // Starts the worker, which fetches the language's WebAssembly and index metadata.
      await module.init();
      return module;
    },
    (error: unknown) => {
      pagefind = undefined; // try again on the next query (the network may be back)
      throw error;
    },
  );
  return pagefind;
}

// Pagefind's preload of a term loads the one chunk of the word index its prefix falls in, and a letter
// that begins many words spans several chunks. So each Cyrillic letter is probed with every second
// letter, and the rarer Latin letters and digits alone: every chunk that holds more than one two-letter
// prefix is met by one of the probes.
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
const PROBES = [...[...CYRILLIC].flatMap((first) => [first, ...[...CYRILLIC].map((second) => first + second)]), ...'abcdefghijklmnopqrstuvwxyz0123456789'];
/** Probes sent at a time: each is a lookup in the worker, a chunk fetched only when it is new. */
const PROBES_PER_STEP = 64;

let wordIndex: Promise<void> | undefined;
let wordIndexLoaded = false;

/**
 * Whether every word of the index is loaded (see loadWordIndex): from then on a query waits for no
 * network and Pagefind answers in a few tens of milliseconds.
 * @example if (!isWordIndexLoaded()) showQuickResults()
 */
export function isWordIndexLoaded(): boolean {
  return wordIndexLoaded;
}

/**
 * Loads every word of the index (not the pages' stored texts), once, so that no query waits for the
 * word index: about a third of the whole index. A few letters at a time, giving way to queries (see
 * ./queries-first.ts).
 * @example await loadWordIndex()
 */
export function loadWordIndex(): Promise<void> {
  wordIndex ??= (async () => {
    const pf = await loadPagefind();
    for (let i = 0; i < PROBES.length; i += PROBES_PER_STEP) {
      await noQueryRunning();
      await Promise.all(PROBES.slice(i, i + PROBES_PER_STEP).map((probe) => pf.preload(probe)));
    }
    await noQueryRunning();
    await pf.filters();
    wordIndexLoaded = true;
  })().catch((error: unknown) => {
    wordIndex = undefined; // loaded again next time (the network may be back)
    throw error;
  });
  return wordIndex;
}

/** Pages' stored texts fetched at a time by the background load. */
const TEXTS_PER_STEP = 6;

/**
 * Loads the rest of the index, every word, filter and page's stored text, so that later queries never
 * wait for the network (about as much again as the first query downloads).
 * @example await loadWholeIndex()
 */
export async function loadWholeIndex(): Promise<void> {
  await loadWordIndex();
  await noQueryRunning();
  const all = await search(await loadPagefind(), null);
  for (let i = 0; i < all.length; i += TEXTS_PER_STEP) {
    await noQueryRunning();
    await Promise.all(all.slice(i, i + TEXTS_PER_STEP).map((r) => r.data()));
  }
}

/** A glossary term of the other language counts a little less than the reader's own words. */
const TRANSLATED_WEIGHT = 0.9;
/** So do the text's words for the words a reader said (content/search-terms.yaml). */
const SYNONYM_WEIGHT = 0.7;

/** What the page knows besides the index: programme names (key → slug) and glossary translations. */
export interface SearchAids {
  names: ReadonlyMap<string, string>;
  translations: readonly TermTranslation[];
  /** Readers' words and the text's words they mean (content/search-terms.yaml). */
  synonyms: readonly Synonym[];
  /** How many of the best pages to fetch the stored text of while the search runs (drawn first). */
  prefetch: number;
  /** The corrector with the words of the index, loaded when a query needs correcting (see ./meant.ts). */
  corrector?: () => Promise<Corrector>;
}

function spellingsOf(query: string, aids: SearchAids) {
  const translated = translateQuery(query, aids.translations);
  const meant = expandQuery(query, aids.synonyms);
  const weighted = (text: string, weight: number) => queryVariants(text).map((v) => ({ ...v, weight: v.weight * weight }));
  return {
    variants: [
      ...queryVariants(query),
      ...(translated ? weighted(translated, TRANSLATED_WEIGHT) : []),
      ...meant.flatMap((text) => weighted(text, SYNONYM_WEIGHT)),
    ],
    words: queryWords([query, translated ?? '', ...meant].join(' ')),
  };
}

/** Pages checked for short words taken whole (see hasWholeWords): more would fetch many pages' texts. */
const SHORT_WORD_CHECKS = 12;

// Pages found for a spelling with short words («сель») keep only those that have them as words, not
// as the start of longer ones («сельских»); the few best are checked, the rest rank below them.
async function withWholeWords(hits: PagefindResult[], text: string): Promise<PagefindResult[]> {
  const short = shortWords(queryWords(text));
  if (short.length === 0) return hits;
  const checked = await Promise.all(
    hits.slice(0, SHORT_WORD_CHECKS).map(async (hit) => (hasWholeWords((await hit.data()).content, hit.words, short) ? hit : undefined)),
  );
  return [...checked.filter((hit) => hit !== undefined), ...hits.slice(SHORT_WORD_CHECKS)];
}

// Every spelling of the query, merged. A spelling's hits are dropped when Pagefind only found a scrap
// of its words (see match.ts); the scrap is the same on every page, so its best page tells. The
// stored texts of the likely first results are fetched meanwhile, so the results need no second wait.
async function searchSpellings(pf: Pagefind, query: string, filters: Record<string, string>, aids: SearchAids) {
  const { variants, words } = spellingsOf(query, aids);
  const lists = await Promise.all(
    variants.map(async (v) => ({ weight: v.weight, hits: await withWholeWords(await search(pf, v.text, filters), v.text) })),
  );
  for (const { hit } of mergeHits(lists).slice(0, aids.prefetch)) void hit.data().catch(() => undefined);
  const real = await Promise.all(
    lists.map(async ({ weight, hits }) => {
      const best = hits[0];
      if (!best) return { weight, hits };
      const { text, positions } = matchedIn(await best.data(), best.words);
      return { weight, hits: isRealMatch(text, positions, words) ? hits : [] };
    }),
  );
  return mergeHits(real);
}

/** Fewer pages than this with every word of a query: pages with some of its words follow them. */
const FEW_PAGES = 3;

/** Pages found for a query as typed, and the words that found no page on their own. */
interface Searched extends Found {
  unmatched: string[];
}

async function searchQuery(pf: Pagefind, typed: string, filters: Record<string, string>, aids: SearchAids): Promise<Searched> {
  const query = joinNumbers(contentWords(typed));
  const words = queryWords(query);
  if (words.length === 0) return { hits: [], partial: false, unmatched: [] };
  const programme = aids.names.get(nameKey(typed)) ?? aids.names.get(nameKey(query));
  const named = programme ? search(pf, null, { ...filters, programme }) : undefined;
  let hits = await searchSpellings(pf, query, filters, aids);
  const namedWithMore = programme ? undefined : await aboutProgramme(query, hits, aids);
  let partial = false;
  let unmatched: string[] = hits.length === 0 && words.length === 1 ? words : [];
  // A question names its subject in a few words, not all of which need be on the page («какая помощь
  // положена многодетным»): when few pages have them all, pages with the rarer of them follow.
  const parts = queryParts(query, aids.synonyms);
  if (hits.length < FEW_PAGES && parts.length > 1) {
    const perWord = await Promise.all(parts.map((part) => searchSpellings(pf, part, filters, aids)));
    unmatched = parts.filter((_, i) => perWord[i]!.length === 0);
    const some = anyWordHits(perWord).filter((m) => !hits.some((h) => h.hit.id === m.hit.id));
    partial = hits.length === 0 && some.length > 0;
    hits = [...hits, ...some];
  }
  hits = await orderByKind(pf, hits, words, asksForPromises(query, aids.synonyms), namedWithMore);
  const page = (await named)?.[0];
  if (page) {
    const found = hits.find((h) => h.hit.id === page.id) ?? { hit: page, score: 0, words: [], matchedBy: 1 };
    hits = [found, ...hits.filter((h) => h !== found)];
  }
  return { hits, partial, unmatched };
}

// The page of the programme a query names with one word more, when that page has the word too and
// the word does not ask for promises (a number, «обещание»): «подстанция скорой помощи» is about the
// ambulance service, «35 амбулаторий» is a promise.
async function aboutProgramme(query: string, hits: Array<MergedHit<PagefindResult>>, aids: SearchAids) {
  const named = namedWithWord(query, aids.names);
  if (!named || asksForPromises(named.extra.join(' '), aids.synonyms)) return undefined;
  const pages = await Promise.all(hits.slice(0, KIND_WINDOW).map((h) => h.hit.data()));
  return hits[pages.findIndex((p) => p.filters.programme?.includes(named.slug))];
}

/** The share of a promise's words a query must say to be the promise in the reader's words. */
const PROMISE_SHARE = 0.4;

// Whether the query is the promise in the reader's words: three words or more, every one in the
// promise's title, and a good part of the title («подстанция скорой в Алатауском районе», not
// «подстанция скорой помощи», which names the ambulance service and one thing of it).
function wordsPromise(title: string, words: readonly string[]): boolean {
  const positions = title.split(' ').map((_, k) => k);
  const said = queryWords(contentWords(title)).length;
  return words.length >= 3 && words.length >= PROMISE_SHARE * said && words.every((w) => isCloseMatch(title, positions, [w]));
}

// The order of the best results by kind of page. A page that lists everything (the commitments table)
// has every word of a query about any promise at once: it comes after the pages about the query's
// topic, unless its title is what the query names («міндеттемелер»). A promise comes after the pages
// that tell more about it (its section of the speech, its programme) when they are among the best
// results, unless the query asks for promises («обещание», a number) or words this promise: then
// promises come first. Before all, the promise the query words or else the programme it names with one
// word more (see aboutProgramme). Then a promise near the top has its section next to it (see
// withSectionByPromise).
async function orderByKind(pf: Pagefind, hits: Array<MergedHit<PagefindResult>>, words: readonly string[], promisesFirst: boolean, programme?: MergedHit<PagefindResult>) {
  const top = hits.slice(0, KIND_WINDOW);
  const pages = await Promise.all(top.map((h) => h.hit.data()));
  const rank = new Map(top.map((h, i) => [h, i]));
  const at = new Map(pages.map((p, i) => [p.url, i]));
  // Only the best of the promises the query words: others that share its words follow their pages.
  const worded = pages.findIndex((p) => p.meta.type === 'commitment' && wordsPromise(p.meta.title ?? '', words));
  const named = worded < 0 && programme ? top.indexOf(programme) : -1;
  const orderOf = (i: number) => {
    if (i === named) return -2 * KIND_WINDOW;
    const { type = '', title = '', about = '' } = pages[i]!.meta;
    if (LISTING_TYPES.has(type) && !isCloseMatch(title, title.split(' ').map((_, k) => k), words)) return KIND_WINDOW * 2 + i;
    if (type !== 'commitment') return i;
    if (promisesFirst || i === worded) return i - KIND_WINDOW;
    const last = Math.max(-1, ...about.split(' ').map((url) => at.get(url) ?? -1));
    return last > i ? last + 0.5 : i;
  };
  const ordered = [...top].sort((a, b) => orderOf(rank.get(a)!) - orderOf(rank.get(b)!));
  const asked = promisesFirst ? undefined : top[worded];
  return withSectionByPromise(pf, [...ordered, ...hits.slice(KIND_WINDOW)], (hit) => promisesFirst || hit === asked);
}

/** A promise this near the top has its section next to it. */
const PROMISE_NEAR_TOP = 3;

// The first promise among the first three results has its section (the page of the speech with its
// priority, which states it) next to it, moved up from wherever it was among the results: after it
// when the query asks for promises (in the first two only, so that the promise stays first), before it
// otherwise, since the section tells more («тозығы жеткен үйлер»: the section, then the promise). The
// section is told by its id (a search by filters), so no page's text is fetched to find it.
async function withSectionByPromise(pf: Pagefind, hits: Array<MergedHit<PagefindResult>>, isAsked: (hit: MergedHit<PagefindResult>) => boolean) {
  const first = await Promise.all(hits.slice(0, PROMISE_NEAR_TOP).map((h) => h.hit.data()));
  const promise = first.findIndex((p) => p.meta.type === 'commitment');
  if (promise < 0) return hits;
  const after = isAsked(hits[promise]!);
  if (after && promise >= 2) return hits;
  const [section] = await search(pf, null, { type: 'speech', priority: first[promise]!.meta.priority ?? '' });
  const at = hits.findIndex((h) => h.hit.id === section?.id);
  if (at < 0 || (after ? at === promise + 1 : at < promise)) return hits;
  const rest = hits.filter((_, i) => i !== at);
  const to = rest.indexOf(hits[promise]!) + (after ? 1 : 0);
  return [...rest.slice(0, to), hits[at]!, ...rest.slice(to)];
}

// The words of a query its results do not answer as typed: those that found nothing, or (when every
// word found pages) those the best page matched only by a scrap (see isCloseMatch); none when a name
// or glossary term of the page's language answers the query.
async function unanswered(found: Searched, query: string, aids: SearchAids): Promise<string[]> {
  const asked = contentWords(query);
  const words = queryWords(asked);
  const best = found.hits[0];
  if (!best) return words;
  if (found.partial || found.unmatched.length > 0) return found.unmatched;
  if (translateQuery(asked, aids.translations) || expandQuery(asked, aids.synonyms).length > 0) return [];
  const { text, positions } = matchedIn(await best.hit.data(), best.words);
  return words.filter((w) => !isCloseMatch(text, positions, [w]));
}

// Where Pagefind matched a page: at `positions` of its stored text or, when it found the page by its
// metadata only, somewhere in its names (title, aliases, folded spellings), which are then all
// compared: a programme's name, or a scrap of a word («подстонция» found as «под» of a promise's title).
function matchedIn(data: PageData, positions: readonly number[]): { text: string; positions: readonly number[] } {
  if (positions.length > 0) return { text: data.content, positions };
  const names = [data.meta.title, data.meta.aliases, data.meta.folded].filter(Boolean).join(' ');
  return { text: names, positions: names ? names.split(' ').map((_, i) => i) : [] };
}

/**
 * Every page found for a query, best first; when the query as typed finds nothing or little, the pages
 * of the query the reader probably meant, with `instead` saying which (unless `asTyped`).
 * @example await findPages('Qoldau', {}, { names: new Map([['qoldau', 'qoldau']]), translations: [], prefetch: 6 })
 */
export function findPages(query: string, filters: Record<string, string>, aids: SearchAids, asTyped = false): Promise<Found> {
  return asQuery(() => findPagesNow(query, filters, aids, asTyped));
}

async function findPagesNow(query: string, filters: Record<string, string>, aids: SearchAids, asTyped: boolean): Promise<Found> {
  const pf = await loadPagefind();
  const plain = await searchQuery(pf, query, filters, aids);
  const asFound = { hits: plain.hits, partial: plain.partial };
  if (asTyped || !aids.corrector || queryWords(query).length === 0) return asFound;
  const weak = await unanswered(plain, query, aids);
  if (weak.length === 0) return asFound;
  const instead = (await aids.corrector())(query, weak);
  if (!instead) return asFound;
  const better = await searchQuery(pf, instead, filters, aids);
  if (better.hits.length === 0 || (better.partial && plain.hits.length > 0) || better.unmatched.length > weak.length) return asFound;
  return { hits: better.hits, partial: better.partial, instead };
}
