import { deadlinePrecision, type Localized } from './commitments';
import { LOCALES, type Lang } from './languages';

/**
 * A number as readers of the language write it: "1 020", "4,5" (no-break space, decimal comma).
 * @example formatNumber(4.5, 'ru') // '4,5'
 */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

const DATE_PARTS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const;

/**
 * An ISO deadline at its own precision, in the reader's language: a year stays a year.
 * @example formatDeadline('2019-10', 'ru') // 'октябрь 2019 г.'
 */
export function formatDeadline(deadline: string, lang: Lang): string {
  const precision = deadlinePrecision(deadline);
  const [year, month = 1, day = 1] = deadline.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return new Intl.DateTimeFormat(LOCALES[lang], { ...DATE_PARTS[precision], timeZone: 'UTC' }).format(date);
}

/**
 * A quantity with its unit as the speech words it: "1 020 квартир", "1,4 мың бірлік".
 * @example formatQuantity({ value: 600, unit: { kk: 'камера', ru: 'камер' } }, 'ru') // '600 камер'
 */
export function formatQuantity(quantity: { value: number; unit: Localized }, lang: Lang): string {
  const unit = quantity.unit[lang];
  // "%" sticks to its number in both languages; words take a no-break space so "1 020 квартир" stays on one line.
  return unit === '%' ? `${formatNumber(quantity.value, lang)}%` : `${formatNumber(quantity.value, lang)}\u00a0${unit}`;
}
