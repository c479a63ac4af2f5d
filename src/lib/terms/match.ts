// A term is found in a text whatever its case ending. Russian changes the end of a word
// («видеомониторинга»); Kazakh adds suffixes, voices a final к, қ, п before them («жауапкершілік» →
// «жауапкершілігі») and lets the words of a term stand apart («сайлаушылар аманаттарының»). So each word
// matches by its stem, and in Kazakh the words of a term may come in any order within the text.

const LETTER = 'a-zа-яёәғқңөұүһі';
const FINAL_VOWELS = /[аеёиоуыэюяйьәөұүі]+$/;
// In Kazakh «й» is a consonant that stays («үй» → «үйді»).
const KK_FINAL_VOWELS = /[аеёиоуыэюяьәөұүі]+$/;
// Kazakh suffixes a term's word may carry that another form of it drops: the possessive
// («басқармасы» → «жеке басқарма»), the genitive
// («сайлаушылардың» → «сайлаушылар аманаттары»), the plural with a possessive («станциялары» →
// «станциясын») and the noun of quality («басымдық» beside «басым міндеттер»).
const KK_SUFFIXES = /(?:[ндт][ыі]ң|[лдт][ае]р[ыі]?|[лдт][ыі]қ|[лдт]ік|(?<=[аеыіоөұүуэюя])с[ыі])$/;
// Shorter Russian stems would match unrelated words: «сел» would find «сельский».
const MIN_RU_STEM = 4;
const MIN_KK_STEM = 2;
// Conjunctions join a term's words but may change with the sentence («светлая и темная» → «светлой или
// темной»): they are not part of what is matched.
const CONJUNCTIONS = new Set(['и', 'или', 'а', 'және', 'мен', 'бен', 'пен', 'немесе']);
// An abbreviation is matched as written: «СМИ» is not «смысл».
const ABBREVIATION = /^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,}$/;

export type TermLanguage = 'ru' | 'kk';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The pattern of one word of a term: its stem and any ending. A short Russian stem takes only a short
// ending («дом» → «домов», never «сел» → «сельский»).
function wordBody(word: string, lang: TermLanguage): string {
  if (ABBREVIATION.test(word)) return `${escape(word)}(?![${LETTER}${LETTER.toUpperCase()}])`;
  const lower = word.toLocaleLowerCase(lang);
  if (!/[а-яёәғқңөұүһі]/.test(lower)) return `${escape(lower)}(?![${LETTER}])`;
  if (lang === 'ru') {
    const cut = lower.replace(FINAL_VOWELS, '');
    return cut.length >= MIN_RU_STEM ? `${escape(cut)}[${LETTER}]*` : `${escape(cut)}[а-яё]{0,3}(?![${LETTER}])`;
  }
  const bare = lower.replace(KK_SUFFIXES, '').replace(KK_SUFFIXES, '');
  const cut = (bare.length >= MIN_KK_STEM ? bare : lower).replace(/[кқп]$/, '').replace(KK_FINAL_VOWELS, '');
  // A short Kazakh word still takes suffixes («алу» → «алуға»).
  return `${escape(cut.length >= MIN_KK_STEM ? cut : lower)}[${LETTER}]*`;
}

// Case is ignored but for abbreviations, which keep theirs: the pattern is case-sensitive and every other
// letter matches in either case.
function anyCase(pattern: string): string {
  return pattern.replace(/(\[[^\]]*\]|\\.|[a-zа-яёәғқңөұүһі])/g, (part) => (part.length === 1 ? `[${part}${part.toLocaleUpperCase('kk')}]` : part));
}

// Quotes are not part of a word: «Слышащее государство» is found in «Слышащего государства». A qualifier
// in brackets narrows where a Russian term applies («статус (выполнения)»); in a Kazakh rendering it only
// explains («орындау мерзімі (жыл)»).
function termWords(term: string, lang: TermLanguage): string[] {
  return (lang === 'kk' ? term.replace(/\([^)]*\)/g, ' ') : term)
    .replace(/[«»„“"()]/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !CONJUNCTIONS.has(word.toLocaleLowerCase('ru')));
}

function wordSource(word: string, lang: TermLanguage): string {
  const body = wordBody(word, lang);
  return `(?<![${LETTER}${LETTER.toUpperCase()}])${ABBREVIATION.test(word) ? body : anyCase(body)}`;
}

function wordPattern(word: string, lang: TermLanguage): RegExp {
  return new RegExp(wordSource(word, lang), 'u');
}

// The same terms are looked for in every text of the site: each is compiled once.
const compiled = new Map<string, (text: string) => boolean>();

function compile(term: string, lang: TermLanguage): (text: string) => boolean {
  const words = termWords(term, lang);
  if (lang === 'kk') {
    const patterns = words.map((word) => wordPattern(word, lang));
    return (text) => patterns.every((pattern) => pattern.test(text));
  }
  // In Russian the words keep their order, with at most two words between («светлой или темной теме»).
  const joined = new RegExp(words.map((word) => wordSource(word, lang)).join('(?:[\\s\\u00a0]+\\S+){0,2}?[\\s\\u00a0]+'), 'u');
  return (text) => joined.test(text);
}

/**
 * Whether a text holds a term in any of its forms: in Russian its words in order, in Kazakh all its
 * words anywhere in the text.
 * @example containsTerm('сноса ветхих домов', 'ветхие дома', 'ru') // true
 */
export function containsTerm(text: string, term: string, lang: TermLanguage): boolean {
  const key = `${lang}:${term}`;
  let matches = compiled.get(key);
  if (!matches) compiled.set(key, (matches = compile(term, lang)));
  return matches(text);
}

/**
 * The words of a text a term was found as, as written there (for messages).
 * @example foundAs('Қателер тізімі', 'қате', 'kk') // 'Қателер'
 */
export function foundAs(text: string, term: string, lang: TermLanguage): string | undefined {
  const found = termWords(term, lang).map((word) => wordPattern(word, lang).exec(text)?.[0]);
  return found.every(Boolean) ? found.join(' … ') : undefined;
}
