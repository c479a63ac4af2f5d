/** The year the speech was given: "до конца года" and "в следующем году" resolve against it. */
export const SPEECH_YEAR = 2019;

/** The day of the President's Address the speech carries out: nothing reported on it can be older. */
export const ADDRESS_DAY = '2019-09-02';

/** How much of a date the speech (or a source) gives: a year, a month or a day. */
export type DatePrecision = 'year' | 'month' | 'day';

const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/**
 * How precise an ISO date is, read from its length (the schemas allow only these three forms).
 * @example deadlinePrecision('2019-10') // 'month'
 */
export function deadlinePrecision(deadline: string): DatePrecision {
  const precision = PRECISION_BY_LENGTH[deadline.length];
  if (!precision) throw new Error(`"${deadline}" is not an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return precision;
}

/**
 * The year a commitment is due, or undefined when the speech names no date (or only a period).
 * @example deadlineYear({ deadline: '2019-10' }) // 2019
 */
export function deadlineYear(commitment: { deadline?: string | undefined }): number | undefined {
  return commitment.deadline === undefined ? undefined : Number(commitment.deadline.slice(0, 4));
}

/**
 * The last day an ISO date of any precision allows, so that "by the end of 2019" sorts after "October 2019".
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
 * The first day an ISO date of any precision allows.
 * @example periodStart('2019-10') // '2019-10-01'
 */
export function periodStart(iso: string): string {
  const precision = deadlinePrecision(iso);
  return precision === 'day' ? iso : precision === 'month' ? `${iso}-01` : `${iso}-01-01`;
}

/**
 * Whether a commitment's deadline was over by a day: the whole period the speech gives has passed.
 * @example deadlinePassed({ deadline: '2019-10' }, '2019-11-01') // true
 */
export function deadlinePassed(commitment: { deadline?: string | undefined }, day: string): boolean {
  return commitment.deadline !== undefined && deadlineEnd(commitment.deadline) < day;
}
