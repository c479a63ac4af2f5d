// How Kazakh letters reach the search index. Pagefind folds diacritics (it decomposes a word and drops
// its combining marks, so «ё» is found as «е»), but Kazakh letters such as «қ» are letters of their own
// and are never folded. In the copy of each page that Pagefind indexes we therefore write every Kazakh
// letter as the Russian-keyboard letter plus a combining mark: «қ» as «к» + U+0345. Pagefind then files
// «Қазақстан» under «казакстан», so the word is found as typed on either keyboard, while the exact
// spelling is kept as a variant that ranks first when the query spells it the same way. The search
// page writes queries the same way and turns the stored text back before showing it.
//
// This file is imported by plain Node at build time: keep it free of imports.

// U+0345 is both a combining mark (Pagefind drops it) and alphabetic (Pagefind keeps the word whole
// instead of splitting it at the mark). «ұ» and «ү» both fold to «у», so «ү» carries the mark twice.
const MARK = '\u0345';
const PAIRS: Array<[string, string]> = [
  ['ү', `у${MARK}${MARK}`], ['Ү', `У${MARK}${MARK}`],
  ['ә', `а${MARK}`], ['Ә', `А${MARK}`], ['ғ', `г${MARK}`], ['Ғ', `Г${MARK}`], ['қ', `к${MARK}`], ['Қ', `К${MARK}`],
  ['ң', `н${MARK}`], ['Ң', `Н${MARK}`], ['ө', `о${MARK}`], ['Ө', `О${MARK}`], ['ұ', `у${MARK}`], ['Ұ', `У${MARK}`],
  ['һ', `х${MARK}`], ['Һ', `Х${MARK}`], ['і', `и${MARK}`], ['І', `И${MARK}`],
];
const ENCODE = new Map(PAIRS);
const DECODE = new Map(PAIRS.map(([letter, marked]) => [marked, letter]));
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const MARKED_LETTER = new RegExp(`[уУ]${MARK}${MARK}|[агкноухиАГКНОУХИ]${MARK}`, 'g');

/**
 * Text as the search index stores it: Kazakh letters written as base letter plus a combining mark.
 * @example markKazakhLetters('Қала') // 'К\u0345ала'
 */
export function markKazakhLetters(text: string): string {
  return text.replace(KAZAKH_LETTER, (letter) => ENCODE.get(letter) ?? letter);
}

/**
 * Text from the search index as readers write it: the inverse of markKazakhLetters.
 * @example unmarkKazakhLetters('К\u0345ала') // 'Қала'
 */
export function unmarkKazakhLetters(text: string): string {
  return text.replace(MARKED_LETTER, (marked) => DECODE.get(marked) ?? marked);
}
