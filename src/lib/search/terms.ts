// The hidden words added to the search index next to the text they come from, for the spellings that
// Pagefind cannot fold by itself even with Kazakh letters marked (see letters.ts): mostly Latin
// names typed in Cyrillic («Колдау» for «Qoldaý»). See README, "Search".
//
// This file is imported by plain Node at build time: keep its imports to explicit `.ts` files.
import { foldWord, pagefindWord } from './fold.ts';
import { markKazakhLetters } from './letters.ts';
import { GROUPED_NUMBER } from './query.ts';

/** Marks a hidden index word in Pagefind's stored content, so excerpts can leave it out. */
export const HIDDEN_TERM_MARK = '~';

// A word, hyphenated words whole: «Е-Қылмыстық» folds to «е-кылмыстык», which Pagefind indexes both
// whole and by its parts.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The folded spellings of a text's words that Pagefind would not find by itself: each word whose
 * search form (see fold.ts) differs from the form Pagefind files it under, once, in order of
 * appearance. Kazakh letters need none (they are marked, see letters.ts); Latin words do, and so do numbers written with their thousands apart.
 * @example foldedTerms('Қала мен Алматы, Qoldaý') // ['колдау']
 * @example foldedTerms('1 020 квартир') // ['1020']
 */
export function foldedTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    const folded = pagefindWord(foldWord(word));
    if (folded.length > 1 && folded !== pagefindWord(markKazakhLetters(word))) terms.add(foldWord(word));
  }
  // «1 020» is two words to Pagefind; readers type «1020» as often.
  for (const grouped of text.match(GROUPED_NUMBER) ?? []) terms.add(grouped.replace(/\D/g, ''));
  return [...terms];
}

/**
 * Hidden index words as one string for Pagefind's content, each marked so that it can be told from
 * the page's own words.
 * @example hiddenTermsText(['кала', 'колдау']) // ' ~кала ~колдау'
 */
export function hiddenTermsText(terms: readonly string[]): string {
  return terms.map((t) => ` ${HIDDEN_TERM_MARK}${t}`).join('');
}

/**
 * Whether a word of Pagefind's stored content is a hidden index word rather than the page's own.
 * @example isHiddenTerm('~кала') // true
 */
export function isHiddenTerm(contentWord: string): boolean {
  return contentWord.startsWith(HIDDEN_TERM_MARK);
}
