// Spelling folds shared by the search index (scripts/search/index.mjs) and the search page, so that a
// word folds the same way when it is indexed and when it is typed. The common form is Cyrillic as it
// comes out of a Russian keyboard: no Kazakh letters, no ё/й, no Latin.
//
// This file is imported by plain Node at build time: keep it free of imports.

// The Kazakh letter a Russian keyboard offers instead, plus ё/й, which Pagefind folds the same way.
const CYRILLIC_FOLD: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е', й: 'и',
};

// Latin letters that look like Cyrillic ones; inside a Cyrillic word they were typed by mistake
// (a Latin "i" for "і" is the usual one).
const HOMOGLYPHS: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', h: 'х', i: 'и', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у', ə: 'а',
};

// Accented letters of the Kazakh Latin alphabets (2018 acute accents: Qoldaý, Báıterek; 2021 and
// common spellings: Jaña, Nūrly, Bäiterek), mapped before the accents are dropped.
const LATIN_LETTERS: Record<string, string> = {
  á: 'а', ä: 'а', ǵ: 'г', ğ: 'г', ı: 'и', ń: 'н', ñ: 'н', ó: 'о', ö: 'о', ú: 'у', ü: 'у', ū: 'у',
  ý: 'у', ş: 'ш', ç: 'ч',
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', z: 'з',
};

// Transliteration digraphs (Zhana, Bakhytty, Kontsept, Grazhdanskiy), longest first.
const LATIN_DIGRAPHS: Array<[string, string]> = [
  ['shch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['gh', 'г'],
  ['ya', 'я'], ['yu', 'ю'], ['yo', 'е'], ['ye', 'е'],
];

const VOWELS = 'аеиоуыэюя';
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const COMBINING = /\p{M}/gu;

function dropAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').normalize('NFC');
}

function foldCyrillicWord(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC_FOLD[ch] ?? HOMOGLYPHS[ch] ?? ch;
  return dropAccents(out);
}

function transliterateLatinWord(word: string): string {
  const letters = [...word.normalize('NFC')];
  let out = '';
  for (let i = 0; i < letters.length; i += 1) {
    const rest = letters.slice(i, i + 4).join('');
    const digraph = LATIN_DIGRAPHS.find(([latin]) => rest.startsWith(latin));
    if (digraph) {
      out += digraph[1];
      i += [...digraph[0]].length - 1;
      continue;
    }
    const ch = letters[i]!;
    if (ch === 'y') {
      // y is ы in both Kazakh Latin alphabets, but й after a vowel in Russian transliteration (Novyy).
      out += VOWELS.includes(out.at(-1) ?? ' ') ? 'и' : 'ы';
      continue;
    }
    out += LATIN_LETTERS[ch] ?? LATIN_LETTERS[dropAccents(ch)] ?? ch;
  }
  return foldCyrillicWord(out);
}

/**
 * One word in its search form: lower case, Kazakh letters as on a Russian keyboard, ё→е, й→и, and a
 * word in Latin letters transliterated to Cyrillic (Kazakh Latin of 2018 and 2021, and the usual
 * transliterations). Words in neither script come back lower-cased.
 * @example foldWord('Қазақстан') // 'казакстан'
 * @example foldWord('Qoldaý') // 'колдау'
 * @example foldWord('Zhana') // 'жана'
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (CYRILLIC.test(lower)) return foldCyrillicWord(lower);
  if (LATIN.test(lower)) return transliterateLatinWord(lower);
  return lower;
}

/**
 * A whole text in its search form, word by word; spaces and punctuation are kept.
 * @example foldText('Нұрлы жер') // 'нурлы жер'
 * @example foldText('Almaty jastary') // 'алматы жастары'
 */
export function foldText(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}]+/gu, foldWord);
}

/**
 * The word as Pagefind indexes it before stemming: lower case, letters and digits only, accents
 * dropped (so ё→е, й→и, ý→y, but қ stays қ).
 * @example pagefindWord('«Qoldaý»') // 'qolday'
 */
export function pagefindWord(word: string): string {
  return dropAccents(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A word as the index files it once folded: what a typed word and a stored word are compared by.
 * @example searchForm('«Қала»') // 'кала'
 */
export function searchForm(word: string): string {
  return pagefindWord(foldWord(word));
}
