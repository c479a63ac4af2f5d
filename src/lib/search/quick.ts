// The quick index: every searchable page of a language by its title and a few words about it (a
// programme's names and summary, a section's summary, a promise's own words), written into the search
// page. Until every word of Pagefind's index is loaded, Pagefind's first answers wait for the network
// (its script, worker and WebAssembly, then the chunks of the query's words: a few hundred
// milliseconds); a query is answered from the quick index at once meanwhile, and Pagefind's results
// replace these when they come.
import { searchForm } from './fold.ts';
import { hasWholeWords, SHORT_WORD, sharedPrefix } from './match.ts';
import { joinNumbers, queryWords } from './query.ts';
import { contentWords } from './question-words.ts';
import { expandQuery, type Synonym } from './synonyms.ts';

/** One page of the quick index: address, title, kind of page, the words about it not in its title (folded, once each). */
export interface QuickPage {
  url: string;
  title: string;
  type: string;
  words: string;
}

/** Kinds of page in the order they come when they match alike: the fuller pages first. */
const KIND_ORDER = ['programme', 'speech', 'commitment', 'commitments'];
/** A matched title word counts this many words of the rest. */
const TITLE_WEIGHT = 3;

/**
 * A page of the quick index from its title and the texts about it.
 * @example quickPage('/ru/programmes/qoldau/', 'Qoldaý', 'programme', ['Колдау', 'центр поддержки']).words // 'колдау центр поддержки'
 */
export function quickPage(url: string, title: string, type: string, texts: readonly string[]): QuickPage {
  const inTitle = new Set(titleWords(title));
  const words = new Set(texts.flatMap((text) => queryWords(text).map(searchForm)).filter((w) => w.length > 1 && !inTitle.has(w)));
  return { url, title, type, words: [...words].join(' ') };
}

const titleWords = (title: string) => queryWords(title).map(searchForm);

// A query word matches a page word when the page word starts with it, or they differ only in an
// ending (the first letters but two, at least four, in common); a short word only as itself (see
// match.ts).
function wordMatches(pageWord: string, typed: string): boolean {
  if (typed.length <= SHORT_WORD) return hasWholeWords(pageWord, [0], [typed]);
  return pageWord.startsWith(typed) || sharedPrefix(pageWord, typed) >= Math.max(4, typed.length - 2);
}

function score(page: QuickPage, words: readonly string[]): number {
  const title = titleWords(page.title);
  const other = page.words.split(' ');
  let total = 0;
  for (const typed of words) {
    if (title.some((w) => wordMatches(w, typed))) total += TITLE_WEIGHT;
    else if (other.some((w) => wordMatches(w, typed))) total += 1;
    else return 0;
  }
  return total;
}

/**
 * The pages of the quick index that have every content word of the query, or of one of its readings
 * in the text's words (see synonyms.ts), best first: more words in the title, then fuller kinds of page.
 * @example quickSearch('лифты', [quickPage('/ru/commitments/regions-lifts/', 'Завершить замену всех устаревших лифтов', 'commitment', [])], [])[0]?.url // '/ru/commitments/regions-lifts/'
 */
export function quickSearch(query: string, pages: readonly QuickPage[], synonyms: readonly Synonym[]): QuickPage[] {
  const asked = joinNumbers(contentWords(query));
  const readings = [asked, ...expandQuery(asked, synonyms)].map((q) => queryWords(q).map(searchForm)).filter((w) => w.length > 0);
  if (readings.length === 0) return [];
  const kind = (p: QuickPage) => {
    const rank = KIND_ORDER.indexOf(p.type);
    return rank < 0 ? KIND_ORDER.length : rank;
  };
  return pages
    .map((page) => ({ page, score: Math.max(...readings.map((words) => score(page, words))) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || kind(a.page) - kind(b.page))
    .map((m) => m.page);
}

// The distinct three-letter pieces of a folded text, with its ends marked: how alike two spellings are.
function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

function likeness(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Least likeness (shared three-letter pieces, 0 to 1) of a name worth suggesting. */
const MIN_LIKENESS = 0.3;
/** A word of the query like one of a programme's words counts less than the query like its name. */
const WORD_LIKENESS = 0.5;

/**
 * The programmes whose names look most like a query that found nothing, most alike first: what to
 * suggest instead of a bare "nothing found". A name is compared with the whole query, and each word of the
 * query with the programme's other words (its other names and summary), which count half.
 * @example closestProgrammes('Колдаю', [quickPage('/ru/programmes/qoldau/', 'Qoldaý', 'programme', ['Колдау'])]).map((p) => p.title) // ['Qoldaý']
 */
export function closestProgrammes(query: string, pages: readonly QuickPage[], count = 3): QuickPage[] {
  const typed = queryWords(query).map(searchForm);
  if (typed.length === 0) return [];
  return pages
    .filter((p) => p.type === 'programme')
    .map((page) => {
      const names = [titleWords(page.title).join(' '), ...page.words.split(' ')];
      const best = Math.max(likeness(typed.join(' '), names[0]!), ...typed.flatMap((w) => names.slice(1).map((n) => WORD_LIKENESS * likeness(w, n))));
      return { page, best };
    })
    .filter((m) => m.best >= MIN_LIKENESS)
    .sort((a, b) => b.best - a.best)
    .slice(0, count)
    .map((m) => m.page);
}
