// Russian or Kazakh typed with the English keyboard layout on: «rhtlbn» is «кредит». The keys of the
// Latin letters and of the punctuation that shares them are mapped to the letters of the ЙЦУКЕН layout
// (the Kazakh layout keeps them there too).
//
// This file is imported by plain Node at build time: keep it free of imports.

const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const KEYS = new Map([...QWERTY].map((key, i) => [key, JCUKEN[i]!]));
// A token typed wholly on those keys (and the hyphen, the same on both), with at least one letter:
// «rhtlbn», «ahjyn-jabcjd», not «2025» or «Báıterek».
const ON_LATIN_KEYS = /^(?=.*[a-z])[a-z[\];',.`-]+$/i;

/**
 * The query as it would read had the reader's keyboard been on ЙЦУКЕН: each token typed wholly on the
 * Latin letter keys is converted, other tokens are kept. Undefined when no token converts.
 * @example fromLatinLayout('rhtlbn') // 'кредит'
 * @example fromLatinLayout('vyjujltnysv ctvmzv') // 'многодетным семьям'
 * @example fromLatinLayout('Алматы 2025') // undefined
 */
export function fromLatinLayout(query: string): string | undefined {
  let converted = false;
  const out = query.split(/(\s+)/).map((token) => {
    if (!ON_LATIN_KEYS.test(token)) return token;
    converted = true;
    return [...token.toLowerCase()].map((key) => KEYS.get(key) ?? key).join('');
  });
  return converted ? out.join('') : undefined;
}
