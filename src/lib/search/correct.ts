// Corrects a typed word that the index does not know to the nearest word it does (see word-list.ts):
// «инвестицыи» → «инвестиции», «экономеки» → «экономики». Distance is Damerau–Levenshtein over the
// words' search forms (fold.ts: Kazakh letters typed as Russian ones already count as the same), with
// the slips Cyrillic typists make weighing less than other edits.
//
// This file is imported by plain Node at build time: keep its imports to explicit `.ts` files.
import { stemKazakh } from './stem.ts';
import { searchForm } from './fold.ts';
import type { WordList } from './word-list.ts';

// Letters one hears alike or confuses in spelling: и/ы, е/э (ё is е once folded), е/и and о/а
// unstressed, ш/щ, ь/ъ; and letters next to each other on the ЙЦУКЕН keyboard (a slip of the finger).
const ALIKE = ['иы', 'еэ', 'еи', 'оа', 'шщ', 'ьъ'];
const ROWS = ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'];
const ALIKE_COST = 0.5;
const NEIGHBOUR_COST = 0.75;
const SWAP_COST = 0.75;
// A soft or hard sign, or a doubled letter (програма, класный), is easily left out or typed twice.
const SILENT_COST = 0.5;
const FIRST_LETTER_COST = 0.25;

const pairKey = (a: string, b: string) => (a < b ? a + b : b + a);
const CHEAP = new Map<string, number>();
for (const row of ROWS) for (let i = 0; i + 1 < row.length; i += 1) CHEAP.set(pairKey(row[i]!, row[i + 1]!), NEIGHBOUR_COST);
for (const pair of ALIKE) CHEAP.set(pairKey(pair[0]!, pair[1]!), ALIKE_COST);

function substitution(a: string, b: string): number {
  return a === b ? 0 : (CHEAP.get(pairKey(a, b)) ?? 1);
}

// Inserting or deleting letter `at` of `word`: cheap for a sign or a doubled letter.
function indel(word: string, at: number): number {
  const ch = word[at]!;
  return ch === 'ь' || ch === 'ъ' || word[at - 1] === ch || word[at + 1] === ch ? SILENT_COST : 1;
}

// The last row of the weighted Damerau–Levenshtein table of `a` against `b`: entry j is the cost of
// turning `a` into the first j letters of `b`. Undefined once every entry exceeds `limit`.
function lastRow(a: string, b: string, limit: number): number[] | undefined {
  let before: number[] = [];
  let previous: number[] = [0];
  for (let j = 1; j <= b.length; j += 1) previous[j] = previous[j - 1]! + indel(b, j - 1);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [previous[0]! + indel(a, i - 1)];
    let best = row[0]!;
    for (let j = 1; j <= b.length; j += 1) {
      let cost = Math.min(
        previous[j]! + indel(a, i - 1),
        row[j - 1]! + indel(b, j - 1),
        previous[j - 1]! + substitution(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + SWAP_COST);
      row[j] = cost;
      best = Math.min(best, cost);
    }
    if (best > limit) return undefined;
    before = previous;
    previous = row;
  }
  return previous;
}

/**
 * The weighted edit distance between two words in search form, or Infinity once it exceeds `limit`.
 * @example editCost('инвестицыи', 'инвестиции') // 0.5
 * @example editCost('кредт', 'кредит') // 1
 */
export function editCost(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const cost = lastRow(a, b, limit)?.[b.length] ?? Infinity;
  return cost > limit ? Infinity : cost;
}

/** Letters at the end of a listed word that a correction may leave off: an inflection the reader did not type. */
const ENDING = 3;
/** What each letter left off adds: enough to prefer the whole word, too little to outweigh an edit. */
const ENDING_COST = 0.01;

/**
 * The nearest start of `b` to `a`, leaving off up to ENDING letters (an inflection the reader typed
 * differently or not at all: «кредт» is «кредит» of «кредитуют»): its cost and length, or undefined
 * beyond `limit`.
 * @example nearestStart('кредт', 'кредитуют', 1) // { cost: 1.03, length: 6 }
 */
export function nearestStart(a: string, b: string, limit: number): { cost: number; length: number } | undefined {
  if (a.length - b.length > limit || b.length - ENDING - a.length > limit) return undefined;
  const row = lastRow(a, b, limit);
  if (!row) return undefined;
  let best: { cost: number; length: number } | undefined;
  for (let j = Math.max(MIN_CORRECTED_LENGTH, b.length - ENDING); j <= b.length; j += 1) {
    const cost = row[j]! + ENDING_COST * (b.length - j);
    if (row[j]! <= limit && (!best || cost < best.cost)) best = { cost, length: j };
  }
  return best;
}

/** Words shorter than this are left as typed: too many words are one slip away from them. */
export const MIN_CORRECTED_LENGTH = 4;

/**
 * How far a word of this length may be from its correction: a slip between alike letters in a
 * four-letter word, one edit in five letters, an edit and a slip in six or seven, two edits from eight.
 * @example maxCost(9) // 2
 */
export function maxCost(length: number): number {
  if (length < MIN_CORRECTED_LENGTH) return 0;
  if (length === MIN_CORRECTED_LENGTH) return ALIKE_COST;
  if (length === 5) return 1;
  return length <= 7 ? 1 + ALIKE_COST : 2;
}

/**
 * A word as the list writes it when the list has its search form («денсаулык» → «денсаулық»), else the
 * word itself: a query converted from the Latin layout is shown with its Kazakh letters.
 * @example asListed('денсаулык', parseWordList('денсаулық\n')) // 'денсаулық'
 */
export function asListed(word: string, list: WordList): string {
  const at = list.forms.indexOf(searchForm(word));
  return at < 0 ? word : list.words[at]!;
}

// Common Russian inflections: a form of a known word the page does not use (лифты where the text says
// лифтов, многодетным where it says многодетных) is known all the same.
const RUSSIAN_ENDING = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ах|ях|ам|ям|ов|ев|ей|ой|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ую|юю|а|я|ы|и|е|о|у|ю|ь)$/;
const WHOLE_RUSSIAN_ENDING = new RegExp(`^${RUSSIAN_ENDING.source.slice(0, -1)}?$`);

/**
 * Whether the index knows a word: the list has it or a word that starts with it; or, once a Kazakh
 * ending is removed, a word that starts with the stem; or, once a Russian ending is removed, the stem
 * with another Russian ending («лифты»: «лифтов»; not «замеа»: «замена», whose «на» is no ending).
 * @example isKnownWord('многодетным', parseWordList('многодетных\n')) // true
 * @example isKnownWord('замеа', parseWordList('замена\n')) // false
 */
export function isKnownWord(word: string, list: WordList): boolean {
  const form = searchForm(word);
  if (list.has.has(form) || list.forms.some((w) => w.startsWith(form))) return true;
  const kazakh = stemKazakh(form);
  if (kazakh !== form && list.forms.some((w) => w.startsWith(kazakh))) return true;
  const russian = form.replace(RUSSIAN_ENDING, '');
  return russian.length >= MIN_CORRECTED_LENGTH && russian !== form && list.forms.some((w) => w.startsWith(russian) && WHOLE_RUSSIAN_ENDING.test(w.slice(russian.length)));
}

/**
 * The word of the list nearest to a typed word the index does not know, or undefined: for a known word,
 * a word shorter than MIN_CORRECTED_LENGTH, a number, a word in Latin letters (a name: Tesla, Almaty
 * Finance) or a word with nothing near enough (maxCost, plus `slack` for a looser guess). Nearest is the
 * smallest cost (see nearestStart), then the more frequent.
 * @example correctWord('инвестицыи', parseWordList('инвестиции\n')) // 'инвестиции'
 * @example correctWord('Tesla', parseWordList('тесла\n')) // undefined
 * @example correctWord('жастырга', parseWordList('жастарға\n')) // 'жастарға'
 */
export function correctWord(word: string, list: WordList, slack = 0): string | undefined {
  if (/[\p{N}\p{Script=Latin}]/u.test(word)) return undefined;
  const form = searchForm(word);
  if (maxCost(form.length) === 0 || isKnownWord(word, list)) return undefined;
  const limit = maxCost(form.length) + slack;
  let best: string | undefined;
  let bestCost = Infinity;
  list.forms.forEach((candidate, i) => {
    // A word sharing neither of its first two letters with the typed one is never near enough; skipping
    // it spares the table for most of the list.
    if (candidate.length < MIN_CORRECTED_LENGTH || !(candidate[0] === form[0] || candidate[1] === form[1] || (candidate[0] === form[1] && candidate[1] === form[0]))) return;
    const near = nearestStart(form, candidate, limit);
    if (!near) return;
    // A slip in the first letter is rarer than anywhere else: it loses a tie.
    const weighed = near.cost + (candidate[0] === form[0] ? 0 : FIRST_LETTER_COST);
    if (weighed < bestCost) {
      // Folding keeps one letter for one letter in Cyrillic, so the start of the written word matches.
      const word = list.words[i]!;
      best = word.length === candidate.length ? word.slice(0, near.length) : word;
      bestCost = weighed;
    }
  });
  return best;
}

/**
 * The query with each word the index does not know corrected (see correctWord), or undefined when no
 * word needs it; only the words `needs` picks, when given; `slack` as for correctWord. Punctuation around
 * a corrected word is dropped.
 * @example correctQuery('кредиты экономеки', parseWordList('кредиты\nэкономики\n')) // 'кредиты экономики'
 */
export function correctQuery(query: string, list: WordList, needs: (word: string) => boolean = () => true, slack = 0): string | undefined {
  let changed = false;
  const out = query.split(/(\s+)/).map((token) => {
    const word = token.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    const fixed = word && needs(word) ? correctWord(word, list, slack) : undefined;
    if (!fixed) return token;
    changed = true;
    return fixed;
  });
  return changed ? out.join('') : undefined;
}
