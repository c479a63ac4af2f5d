// What the search page sends to Pagefind for one query: the query as typed and its other spellings.
import { foldText, foldWord, pagefindWord } from './fold.ts';
import { markKazakhLetters } from './letters.ts';
import { stemKazakh } from './stem.ts';

/** Longest query the search page runs; the rest of a longer one is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words of a query the search page runs (Pagefind wants every word on the page); the longest
 * programme name has nine. */
export const MAX_QUERY_WORDS = 12;

/** One spelling of the query, and how much a match on it counts against a match on the query as typed. */
export interface QueryVariant {
  text: string;
  weight: number;
}

/**
 * The query as the search page runs it: control and formatting characters removed, spaces collapsed,
 * at most MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words.
 * @example normaliseQuery('  Qoldau\u200b   центр \n') // 'Qoldau центр'
 */
export function normaliseQuery(input: string): string {
  const clean = [...input.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')].slice(0, MAX_QUERY_LENGTH).join('');
  return clean.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS).join(' ');
}

/**
 * The searchable words of a query: letters, marks and digits only. Punctuation, symbols, emoji and
 * markup make no word, so they can neither match nor reach Pagefind.
 * @example queryWords('«Нұрлы жер» <b>2020</b>!') // ['Нұрлы', 'жер', 'b2020b']
 */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{M}\p{N}]/gu, ''))
    .filter(Boolean);
}

function searchKey(text: string): string {
  return queryWords(text).map(pagefindWord).join(' ');
}

/**
 * The spellings to search for one query, without repeats (as Pagefind would see them): as typed, with
 * Kazakh letters marked (see letters.ts); folded to the Russian keyboard, which also turns Latin
 * into Cyrillic; and with Kazakh endings removed, which counts a little less. Empty when the query has
 * no searchable word.
 * @example queryVariants('Baqytty otbasyna').map((v) => v.text)
 * // ['Baqytty otbasyna', 'бакытты отбасына', 'бакыт отба']
 */
export function queryVariants(query: string): QueryVariant[] {
  const words = queryWords(query);
  // A Latin word of two letters is an abbreviation («IT», «5G»), not a word to read in Cyrillic («ит…»).
  const folded = words.map((w) => (/^[a-z\d]{1,2}$/i.test(w) ? w.toLowerCase() : foldWord(w)));
  const candidates: QueryVariant[] = [
    { text: words.map(markKazakhLetters).join(' '), weight: 1 },
    { text: folded.join(' '), weight: 1 },
    { text: folded.map(stemKazakh).join(' '), weight: 0.8 },
  ];
  const seen = new Set<string>();
  return candidates.filter((variant) => {
    const k = searchKey(variant.text);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A number written with its thousands apart (a space, a no-break or a thin space): «1 020», «17 700». */
export const GROUPED_NUMBER = /(?<![\p{N},.])\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?!\p{N})/gu;

/**
 * The query with the thousands of its numbers written together, as the index has them too (see
 * terms.ts): «1 020» is one number to a reader, two words to Pagefind.
 * @example joinNumbers('1 020 квартир') // '1020 квартир'
 */
export function joinNumbers(query: string): string {
  return query.replace(GROUPED_NUMBER, (n) => n.replace(/\D/g, ''));
}

/**
 * The key under which a name is looked up among programme names: folded, punctuation dropped.
 * @example nameKey('«Бақытты отбасы»') === nameKey('Bakytty otbasy') // true
 */
export function nameKey(text: string): string {
  return searchKey(foldText(text));
}
