// Whether Pagefind found a page for the query's words or for a scrap of them. When no indexed word
// starts with a query word, Pagefind falls back to the longest indexed word the query word starts with:
// useful for «алматыга» (found as «алматы»), useless for «scriptalert» (found as the preposition «с»).
import { searchForm } from './fold.ts';
import { withoutKazakhEndings } from './stem.ts';

/** A matched word sharing this many first letters with a query word is a real match (or all of a shorter one). */
const SHARED_LETTERS = 4;

/**
 * How many first letters two words share.
 * @example sharedPrefix('молодым', 'молодых') // 6
 */
export function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The words Pagefind matched at `positions` of a page's stored text, folded, and each part of a
 * hyphenated one, which Pagefind also indexes as a word («IT» of «IT-сектора», whose Latin and
 * Cyrillic letters fold differently together than apart).
 * @example matchedForms('рост IT-сектора', [1]).includes('ит') // true
 */
function matchedForms(content: string, positions: readonly number[]): string[] {
  const words = content.split(' ');
  return positions
    .flatMap((i) => {
      const word = words[i] ?? '';
      const parts = word.split(/[-‐‑]/);
      return parts.length > 1 ? [word, ...parts] : [word];
    })
    .map(searchForm)
    .filter(Boolean);
}

/**
 * Whether a page's matched words answer at least one word of the query: each query word is compared,
 * folded, with the words Pagefind matched at `positions` of the page's stored text (hidden index words
 * included). A page matched on metadata only (no positions) counts as a match.
 * @example isRealMatch('центр с филиалами', [1], ['scriptalert']) // false
 * @example isRealMatch('Алматы қаласы', [0], ['Алматыга']) // true
 */
export function isRealMatch(content: string, positions: readonly number[], queryWords: readonly string[]): boolean {
  if (positions.length === 0) return true;
  const matched = matchedForms(content, positions);
  return queryWords.map(searchForm).some((q) => matched.some((m) => sharedPrefix(m, q) >= Math.min(q.length, SHARED_LETTERS)));
}

/** Letters a longer word shares with another form of it, besides all but its last two. */
const STEM_LETTERS = 6;

/** A word this long or longer, ending in a vowel, may be matched by another ending of its stem. */
const ENDING_WORD = 5;
/** An ending as the index has it, folded (see fold.ts): «формы», «форму», «формой», «формами», «формах». */
const ENDING = /^[аеиоуыэюяьмхв]{1,3}$/;

// The same word with another short ending: «форма» matched by «формой», not «замеа» by «замены».
function otherEnding(m: string, q: string): boolean {
  const stem = q.slice(0, -1);
  return q.length >= ENDING_WORD && /[аеиоуыэюяь]$/.test(q) && m.startsWith(stem) && ENDING.test(m.slice(stem.length));
}

/**
 * Whether a page found for a query matched each of its words as typed: by a word that starts with it,
 * by a word it starts with that lacks at most its last two letters (Pagefind's stem of the same word),
 * by the same word with another short ending («форма» by «формой»), or by another form of a longer
 * word, sharing all of it but the last two letters and at least six
 * («коррупция» by «коррупции», «кредиты» by «кредитования»). A page matched otherwise may have been
 * found by a scrap of a word Pagefind does not know («экономеки» found as «эконом», «замеа» as
 * «замены»), which a correction may do better than. A page matched on metadata only counts as matched
 * as typed.
 * @example isCloseMatch('экономии и развития', [0], ['экономеки']) // false
 * @example isCloseMatch('кредитования бизнеса', [0], ['кредиты']) // true
 */
export function isCloseMatch(content: string, positions: readonly number[], queryWords: readonly string[]): boolean {
  if (positions.length === 0) return true;
  const words = content.split(' ');
  const matched = positions.map((i) => searchForm(words[i] ?? '')).filter(Boolean);
  return queryWords.map(searchForm).every((q) =>
    matched.some(
      (m) =>
        m.startsWith(q) ||
        (q.startsWith(m) && m.length >= Math.max(SHARED_LETTERS, q.length - 2)) ||
        otherEnding(m, q) ||
        sharedPrefix(m, q) >= Math.max(STEM_LETTERS, q.length - 2),
    ),
  );
}

/** A query word this short is taken as a whole word, not as the start of longer ones. */
export const SHORT_WORD = 4;
/** Letters of an ending a short word may have on the page («сел» → «селден», «сель» → «селя»). */
const SHORT_WORD_ENDING = 3;
/** Letters of a short word that must stand on the page as typed. */
const SHORT_STEM = 3;

/**
 * The words of a query short enough to be taken whole: letters only, at most SHORT_WORD letters once
 * folded. Numbers are left to Pagefind, which finds «112» in «112-ге».
 * @example shortWords(['сель', 'станции', '112']) // ['сель']
 */
export function shortWords(queryWords: readonly string[]): string[] {
  return queryWords.map(searchForm).filter((w) => w.length > 0 && w.length <= SHORT_WORD && /^\p{L}+$/u.test(w));
}

/**
 * Whether a page found for short query words has each of them as a word of its own (or with another
 * short ending), not only as the start of longer unrelated words: «сель» is not found in «сельских». A page
 * matched on metadata only counts.
 * @example hasWholeWords('селевой и сельских', [0, 2], ['сель']) // false
 * @example hasWholeWords('сел қаупі', [0], ['сел']) // true
 * @example hasWholeWords('IT-сектордың', [0], ['it']) // true
 * @example hasWholeWords('Центральной Азии', [1], ['азия']) // true
 * @example hasWholeWords('Орта Азиядағы', [1], ['азия']) // true
 */
export function hasWholeWords(content: string, positions: readonly number[], short: readonly string[]): boolean {
  if (positions.length === 0) return true;
  const matched = matchedForms(content, positions);
  // All of the word, or all but its last letter when that is an ending («азия», «азии»).
  // or the word with Kazakh endings, which may be longer («Азиядағы»).
  const isForm = (m: string, q: string) => {
    const shared = sharedPrefix(m, q);
    return (shared >= Math.min(q.length, Math.max(SHORT_STEM, q.length - 1)) && m.length - shared <= SHORT_WORD_ENDING) || withoutKazakhEndings(m) === q;
  };
  return short.every((q) => matched.some((m) => isForm(m, q)));
}
