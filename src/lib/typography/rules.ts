// The site's typography for Kazakh and Russian text. The speech was typed with a hyphen for a dash and
// straight quotes in places; the site writes both languages one way, whoever edits the content.

/** No-break space: keeps a number with its unit, thousands together, initials with the surname. */
export const NBSP = '\u00a0';

/** One typographic rule: what it finds in a text and what it writes instead. */
export interface TypographyRule {
  /** Short name shown to editors, e.g. `dash`. */
  id: string;
  /** What the rule asks for, in one line. */
  description: string;
  /** Finds every offending run (a global regular expression). */
  pattern: RegExp;
  /** The text that replaces one match; none where only a person can mend it (by rephrasing). */
  fix?: (match: RegExpExecArray) => string;
}

const UPPER = 'А-ЯЁӘҒҚҢӨҰҮҺІ';
const LOWER = 'а-яёәғқңөұүһі';

// Words that measure the number before them; a line must not break between the two. Only words that can
// only be units: «10 мың» (ten thousand), never «10 адам».
const UNITS = ['млрд', 'млн', 'трлн', 'тыс\\.', 'тысяч[а-я]*', 'мың[а-яәғқңөұүһі]*', 'км', 'га', 'МВт', 'кВ', 'px', 'кБ', 'КБ', 'МБ'];
// A number, or an interface string's placeholder for one («{{height}} px»).
const AMOUNT = '\\d+(?:[.,]\\d+)?|\\{\\{\\w+\\}\\}';

// Four-digit numbers between these are years («2019 жылы», «до 2025 года»), which are never grouped.
const YEARS = { from: 1900, to: 2099 };

// A year opens a sentence well («2019 жылы…», «2022–2030 годы…»); so does a year range.
function isYear(figure: string, text: string, end: number): boolean {
  const value = Number(figure);
  return /^\d{4}$/.test(figure) && value >= YEARS.from && value <= YEARS.to && !/^[.,]\d/.test(text.slice(end));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

// Where a sentence starts: the start of a text (after any Markdown heading, list or quote marker and
// emphasis), or a space after a sentence's final mark. A full stop after an abbreviation ends no sentence:
// «ст. 5», «п. 3», «т. б.», «2019 ж. 5 қыркүйек».
const ABBREVIATIONS = ['No', 'no', 'ст', 'пп?', 'гг?', 'т', 'б', 'е', 'им', 'см', 'ср', 'ул', 'д', 'обл', 'жж?', 'бб?', 'тарм'];
const SENTENCE_START = `(?<=(?:^(?:\\s*(?:#{1,6}|[-*+>]|\\d+[.)])\\s+)*|(?:[!?…]|(?<!(?<![A-Za-z${LOWER}])(?:${ABBREVIATIONS.join('|')}))\\.)\\s+)[*_]{0,2})`;

/**
 * The rules, in the order they are applied by the fixer.
 * @example TYPOGRAPHY_RULES.map((r) => r.id) // ['dash', 'range', 'initials', 'quotes', 'unit-space', 'number-sign', 'sentence-figure', 'thousands']
 */
export const TYPOGRAPHY_RULES: readonly TypographyRule[] = [
  {
    id: 'dash',
    description: 'a dash between words is «–» with spaces, never a hyphen',
    pattern: /(?<=\S) - (?=\S)/g,
    fix: () => ' – ',
  },
  {
    id: 'range',
    description: 'a range of numbers takes an en dash: «5–7», «2019–2020»',
    // Not inside longer runs such as dates (2019-10-01) or codes.
    pattern: /(?<![\d.,\-–/])(\d+(?:[.,]\d+)?)-(\d+(?:[.,]\d+)?)(?![\d\-–/])/g,
    fix: (m) => `${m[1]}–${m[2]}`,
  },
  {
    id: 'initials',
    description: 'initials stand apart from the surname: «Қ.К. Тоқаев» (best with a no-break space)',
    pattern: new RegExp(`(?<![${UPPER}${LOWER}.])((?:[${UPPER}]\\.){1,2})(?=[${UPPER}][${LOWER}])`, 'g'),
    fix: (m) => `${m[1]}${NBSP}`,
  },
  {
    id: 'quotes',
    description: 'Cyrillic text quotes with «ёлочки», not straight or English quotes',
    // A backslash before a straight quote is how it stands inside a double-quoted YAML value.
    // “ closes a quote inside a quote («„…“»), so it is a fault only where no „ is open.
    pattern: /\\?"|”|(?<!„[^“]*)“/g,
    fix: () => '',
  },
  {
    id: 'unit-space',
    description: 'a number and its unit stay on one line: a no-break space in «31 млрд», «10 мың»',
    pattern: new RegExp(`(${AMOUNT}) ((?:${UNITS.join('|')})(?![a-zа-яёәғқңөұүһі]))`, 'g'),
    fix: (m) => `${m[1]}${NBSP}${m[2]}`,
  },
  {
    id: 'number-sign',
    description: 'the number sign stands apart from its number, with a no-break space: «№ 4», «№№ 4 и 7»',
    pattern: /(№+)(?: ?)(?=\d)/g,
    fix: (m) => `${m[1]}${NBSP}`,
  },
  {
    id: 'sentence-figure',
    description: 'a sentence does not begin with a figure, other than a year: rephrase it («Қалада 600 камера…», «В городе 600 камер…»)',
    pattern: new RegExp(`${SENTENCE_START}(\\d+(?:[\u00a0\u202f]\\d{3})*(?:[.,]\\d+)?)(?![\\d])`, 'g'),
  },
  {
    id: 'thousands',
    description: 'thousands are grouped with a no-break space: «1 000», «2 321» (years stay «2019»)',
    pattern: /(?<![\d.,])(?<!\d[ \u00a0\u202f])(\d{1,3}(?:[ \u202f]\d{3})+|\d{4,})(?!\d|[.,]\d)/g,
    fix: (m) => groupThousands(m[1]!.replace(/[ \u202f]/g, '')),
  },
];

/**
 * Whether a match of a rule is really a fault: four-digit years are not thousands, and a straight quote
 * is judged by the fixer, which pairs the quotes of a whole text.
 * @example isFault(TYPOGRAPHY_RULES[5]!, /\d+/.exec('2019')!) // false
 */
export function isFault(rule: TypographyRule, match: RegExpExecArray): boolean {
  if (rule.id === 'sentence-figure') return !isYear(match[1]!, match.input ?? '', match.index + match[0].length);
  if (rule.id !== 'thousands') return true;
  const digits = match[1]!;
  if (/[ \u202f]/.test(digits)) return true;
  const value = Number(digits);
  return !(digits.length === 4 && value >= YEARS.from && value <= YEARS.to);
}
