import { z } from 'astro/zod';

/** One of the President's five priorities. */
export const priority = z.number().int().min(1).max(5);

/** A paragraph id: section slug, hyphen, paragraph number (the same in both languages). */
export const paragraphId = z.string().regex(/^(index|state|security|economy|social|regions)-\d+$/, {
  message: 'must be a paragraph id such as "economy-8" (section slug, hyphen, paragraph number)',
});

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lowercase slug such as "qoldau"' });

/**
 * Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) names a real month and day.
 * @example isCalendarDate('2019-02-30') // false
 */
export function isCalendarDate(iso: string): boolean {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A text in both site languages, each required.
 * @example localized.parse({ kk: 'Жолдау', ru: 'Послание' })
 */
export const localized = z.object({ kk: z.string().min(1), ru: z.string().min(1) }).strict();

/**
 * An ISO 8601 date at the precision a text gives: "2020", "2019-10" or "2019-12-31".
 * @example isoDate.parse('2019-10') // '2019-10'
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a date of the calendar' });

/** A day of the calendar, ISO 8601 (YYYY-MM-DD). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'is not a date of the calendar' });

/**
 * A day in frontmatter: Astro's YAML reads an unquoted 2026-11-25 as a Date, a quoted one as a string;
 * both become the ISO string.
 * @example frontmatterDay.parse(new Date('2026-11-25')) // '2026-11-25'
 */
export const frontmatterDay = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDay);

const bar = z.object({ paragraph: paragraphId, value: z.number().positive(), label: localized }).strict();

/**
 * One chart of `content/charts.yaml`: groups of bars, each bar citing its paragraph.
 * @example chartSchema.parse({ sharedScale: true, groups: [{ title, bars: [{ paragraph: 'regions-9', value: 1000, label }] }] })
 */
export const chartSchema = z
  .object({
    /** True when all bars share one unit and so one scale; otherwise each group has its own. */
    sharedScale: z.boolean(),
    groups: z.array(z.object({ paragraph: paragraphId.optional(), title: localized, bars: z.array(bar).min(1) }).strict()).min(1),
  })
  .strict();

/**
 * One record of `content/names.yaml`: a name of a person or place as each language spells it.
 * @example nameSchema.parse({ ru: 'Сагинтаев', kk: 'Сағынтаев', kind: 'person' }).kind // 'person'
 */
export const nameSchema = z.object({ ru: z.string().min(1), kk: z.string().min(1), kind: z.enum(['person', 'place']) }).strict();

// A word or phrase of a search term: letters, digits, spaces and hyphens only, since queries are
// compared word by word.
// A number («112») is read as its digits.
const termPhrase = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .trim()
    .min(1)
    .regex(/^[\p{L}\p{M}\p{N}]+(?:[ -][\p{L}\p{M}\p{N}]+)*$/u, 'write words only (letters, digits, spaces, hyphens), without punctuation or quotes'),
);
const termSide = z
  .object({
    /** What readers type: colloquial words, other names for the thing, common abbreviations. */
    say: z.array(termPhrase).min(1),
    /** How the site's text words it: each phrase is searched in place of the words said. */
    means: z.array(termPhrase).min(1),
  })
  .strict();

/**
 * One record of `content/search-terms.yaml`: the words readers use for what the text names otherwise,
 * in each language, and the text's words they mean.
 * @example searchTermSchema.parse({ ru: { say: ['инвалид'], means: ['ограниченными возможностями'] }, kk: { say: ['мүгедек'], means: ['мүмкіндігі шектеулі'] } })
 */
export const searchTermSchema = z
  .object({
    ru: termSide.optional(),
    kk: termSide.optional(),
    /** `commitment`: a query with these words asks for promises, which then come first. */
    first: z.literal('commitment').optional(),
  })
  .strict().refine((t) => t.ru || t.kk, 'give the words of at least one language: ru, kk or both');
