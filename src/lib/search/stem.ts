// A light stemmer for Kazakh words in their folded form (see fold.ts). Pagefind has no Kazakh
// stemmer, but it matches query words as prefixes, so removing the inflection from a typed word is
// enough: «жастарға» → «жастар» finds «жастары», «жастардың» and «жастарға» alike.
//
// This file is imported by plain Node at build time: keep it free of imports.

const VOWELS = 'аеиоуыэюя';
const VOICELESS = 'кпстфхцчшщ';

// Kazakh picks the variant of a suffix by the sound before it (бала-ға, мектеп-ке, қала-да, ауыл-дың),
// so a suffix that cannot follow the remaining stem is not a suffix at all: «Алматы» is not «алма» +
// «ты», since «ты» only follows a voiceless consonant.
const isVowel = (p: string) => VOWELS.includes(p);
const isVoiceless = (p: string) => VOICELESS.includes(p);
const RULES: Array<[RegExp, (previous: string) => boolean]> = [
  [/^[тпк]/, isVoiceless],
  [/^д[ыи]|^д[ае]р/, (p) => !isVowel(p) && !isVoiceless(p)],
  [/^[дг]/, (p) => !isVoiceless(p)],
  [/^н/, (p) => isVowel(p) || 'мн'.includes(p)],
  [/^л/, (p) => isVowel(p) || 'руи'.includes(p)],
  [/^с/, isVowel],
  [/^[быи]/, (p) => !isVowel(p)],
];

function canFollow(suffix: string, previous: string): boolean {
  const rule = RULES.find(([pattern]) => pattern.test(suffix));
  return rule ? rule[1](previous) : true;
}

// Case, possessive and plural endings in folded spelling (ғ→г, қ→к, ң→н, і→и, ә→а), and the Russian
// adjective endings that turn a Kazakh place name into Russian (Алатауский ↔ Алатау).
const KAZAKH_SUFFIXES = [
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин',
  'га', 'ге', 'ка', 'ке', 'на', 'не',
  'ны', 'ни', 'ды', 'ди', 'ты', 'ти',
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен',
  'даги', 'деги', 'таги', 'теги', 'ндаги', 'ндеги', 'дагы', 'тагы', 'ндагы',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'ым', 'им', 'ын', 'ин', 'ы', 'и', 'сы', 'си', 'мыз', 'миз', 'ымыз', 'имиз', 'ныз', 'низ', 'ыныз', 'иниз',
].sort((a, b) => b.length - a.length);
const RUSSIAN_ADJECTIVE = /ск(?:ии|ая|ое|ие|ого|ому|ом|ои|их|ую|ими)$/;

/** A stem shorter than this is left alone: «жас» would match every word that starts with it. */
const MIN_STEM = 4;
/** Plural, possessive and case: at most three layers of inflection to peel off. */
const MAX_LAYERS = 3;

function peel(word: string): string | undefined {
  for (const suffix of KAZAKH_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    const previous = stem.at(-1) ?? '';
    if (stem.length >= MIN_STEM && canFollow(suffix, previous)) return stem;
  }
  return undefined;
}

/**
 * The stem of a folded Kazakh word: plural, possessive and case endings removed, so that it matches
 * every form of the word as a prefix. Words that are not inflected come back unchanged.
 * @example stemKazakh('жастарга') // 'жастар'
 * @example stemKazakh('мектептеринде') // 'мектеп'
 * @example stemKazakh('алатаускии') // 'алатау'
 */
export function stemKazakh(word: string): string {
  const adjective = RUSSIAN_ADJECTIVE.exec(word);
  if (adjective && word.length - adjective[0].length >= MIN_STEM) return word.slice(0, adjective.index);
  return withoutKazakhEndings(word);
}

/**
 * A folded word without its Kazakh plural, possessive and case endings (stemKazakh without the Russian
 * adjective endings): «Азиядағы» is «Азия», «сельских» stays as it is.
 * @example withoutKazakhEndings('азиядагы') // 'азия'
 */
export function withoutKazakhEndings(word: string): string {
  let stem = word;
  for (let layer = 0; layer < MAX_LAYERS; layer += 1) {
    const next = peel(stem);
    if (!next) break;
    stem = next;
  }
  return stem;
}
