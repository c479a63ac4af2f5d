import { deadlinePrecision } from '@/lib/commitments/deadline';
import type { Localized } from '@/lib/languages';
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
 * A quantity split into its number and unit, for layouts that set the number apart; "%" stays with
 * its number, as both languages write it.
 * @example quantityParts({ value: 20, unit: { kk: 'мың кәсіпкер', ru: 'тыс. предпринимателей' } }, 'kk') // { number: '20', unit: 'мың кәсіпкер' }
 */
export function quantityParts(quantity: { value: number; unit: Localized }, lang: Lang): { number: string; unit: string } {
  const unit = quantity.unit[lang];
  const number = formatNumber(quantity.value, lang);
  return unit === '%' ? { number: `${number}%`, unit: '' } : { number, unit };
}

/**
 * A quantity with its unit as the speech words it: "1 020 квартир", "1,4 мың бірлік", "5%".
 * @example formatQuantity({ value: 600, unit: { kk: 'камера', ru: 'камер' } }, 'ru') // '600 камер'
 */
export function formatQuantity(quantity: { value: number; unit: Localized }, lang: Lang): string {
  const { number, unit } = quantityParts(quantity, lang);
  // A no-break space keeps "1 020 квартир" together at the start of a line.
  return unit ? `${number}\u00a0${unit}` : number;
}

/**
 * A file size in kilobytes (1 KB = 1 024 bytes), one decimal, as readers of the language write it, with a
 * no-break space before the unit (Intl puts an ordinary one, which lets «кБ» wrap onto the next line).
 * @example formatFileSize(12_641, 'ru') // '12,3\u00a0кБ'
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const parts = new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).formatToParts(bytes / 1024);
  return parts.map((part) => (part.type === 'literal' ? part.value.replace(/ /g, '\u00a0') : part.value)).join('');
}
