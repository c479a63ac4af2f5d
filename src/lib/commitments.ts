import type { z } from 'astro/zod';
import type { commitmentSchema } from './content-schemas';
import type { Lang } from './languages';

/** The year the speech was given: "до конца года" and "в следующем году" resolve against it. */
export const SPEECH_YEAR = 2019;

/** A text in both site languages. */
export type Localized = Record<Lang, string>;

/** One promise of the speech: a record of `content/commitments.yaml` with its id. */
export type Commitment = z.output<typeof commitmentSchema> & { id: string };

/** How much of a date the speech gives: a year, a month or a day. */
export type DeadlinePrecision = 'year' | 'month' | 'day';

const PRECISION_BY_LENGTH: Record<number, DeadlinePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/**
 * How precise an ISO deadline is, read from its length (the schema allows only these three forms).
 * @example deadlinePrecision('2019-10') // 'month'
 */
export function deadlinePrecision(deadline: string): DeadlinePrecision {
  const precision = PRECISION_BY_LENGTH[deadline.length];
  if (!precision) throw new Error(`"${deadline}" is not an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return precision;
}

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
 * The year a commitment is due, or undefined when the speech names no date (or only a period).
 * @example deadlineYear({ deadline: '2019-10' }) // 2019
 */
export function deadlineYear(commitment: Pick<Commitment, 'deadline'>): number | undefined {
  return commitment.deadline === undefined ? undefined : Number(commitment.deadline.slice(0, 4));
}

/**
 * The last day a deadline allows, so that "by the end of 2019" sorts after "October 2019".
 * @example deadlineEnd('2019-10') // '2019-10-31'
 */
export function deadlineEnd(deadline: string): string {
  const precision = deadlinePrecision(deadline);
  if (precision === 'day') return deadline;
  if (precision === 'year') return `${deadline}-12-31`;
  const [year, month] = deadline.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
}

/**
 * The page of one commitment; ids are stable, so the address is too.
 * @example commitmentPath('ru', 'security-cameras-2019') // '/ru/commitments/security-cameras-2019/'
 */
export function commitmentPath(lang: Lang, id: string): string {
  return `/${lang}/commitments/${id}/`;
}

/**
 * Number of a paragraph within its section.
 * @example paragraphNumber('economy-11') // 11
 */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.slice(paragraphId.lastIndexOf('-') + 1));
}

/**
 * Orders commitments as the speech makes them: by priority, then paragraph; the sort is stable, so
 * commitments of one paragraph keep their order in the file.
 * @example [...list].sort(bySpeechOrder)
 */
export function bySpeechOrder(a: Pick<Commitment, 'priority' | 'paragraph'>, b: Pick<Commitment, 'priority' | 'paragraph'>): number {
  return a.priority - b.priority || paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph);
}

/**
 * How many commitments each priority has, for all five priorities (zero included).
 * @example countByPriority([{ priority: 2 }]) // [{ priority: 1, count: 0 }, { priority: 2, count: 1 }, …]
 */
export function countByPriority(commitments: ReadonlyArray<Pick<Commitment, 'priority'>>): Array<{ priority: number; count: number }> {
  return [1, 2, 3, 4, 5].map((priority) => ({ priority, count: commitments.filter((c) => c.priority === priority).length }));
}

/**
 * How many commitments fall due in each year, earliest first; those without a dated deadline come last
 * with `year` undefined.
 * @example countByDeadlineYear([{ deadline: '2020' }, {}]) // [{ year: 2020, count: 1 }, { year: undefined, count: 1 }]
 */
export function countByDeadlineYear(commitments: ReadonlyArray<Pick<Commitment, 'deadline'>>): Array<{ year: number | undefined; count: number }> {
  const counts = new Map<number | undefined, number>();
  for (const commitment of commitments) {
    const year = deadlineYear(commitment);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}
