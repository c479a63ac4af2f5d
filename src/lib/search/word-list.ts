// The words of one language's search index, for correcting typed words (see correct.ts). Built with
// the index (scripts/search/index.mjs) from the text Pagefind indexes, written next to it as
// `/pagefind/words-{lang}.txt`, and fetched by the search page only when a query needs correcting.
//
// This file is imported by plain Node at build time: keep its imports to explicit `.ts` files.
import { searchForm } from './fold.ts';

/** Shorter words are never corrected to, nor from (see correct.ts), so the list leaves them out. */
export const MIN_LISTED_LENGTH = 3;

/**
 * The word list's file name in the search bundle (`dist/pagefind/`).
 * @example wordListFile('kk') // 'words-kk.txt'
 */
export function wordListFile(lang: string): string {
  return `words-${lang}.txt`;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Counts a text's words, lower-cased as written (a correction is shown to the reader), into `counts`;
 * words with a digit and words shorter than MIN_LISTED_LENGTH are left out.
 * @example const counts = new Map(); countWords('Қала мен қала', counts); counts.get('қала') // 2
 */
export function countWords(text: string, counts: Map<string, number>): void {
  for (const match of text.match(WORD) ?? []) {
    const word = match.toLowerCase();
    if (searchForm(word).length < MIN_LISTED_LENGTH || /\p{N}/u.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/**
 * The word list as served: one word a line, the most frequent first (a correction prefers them).
 * @example serialiseWordList(new Map([['кала', 2], ['жер', 5]])) // 'жер\nкала\n'
 */
export function serialiseWordList(counts: ReadonlyMap<string, number>): string {
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return `${words.join('\n')}\n`;
}

/** A parsed word list: the words as written and in search form, most frequent first, and the forms as a set. */
export interface WordList {
  words: readonly string[];
  forms: readonly string[];
  has: ReadonlySet<string>;
}

/**
 * The word list from its served text.
 * @example parseWordList('жер\nқала\n').forms // ['жер', 'кала']
 */
export function parseWordList(text: string): WordList {
  const words = text.split('\n').filter(Boolean);
  const forms = words.map(searchForm);
  return { words, forms, has: new Set(forms) };
}
