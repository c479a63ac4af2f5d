import { deadlineEnd, type Commitment, type Localized } from './commitments';

/** What became of a commitment, as an assessment can say it; `not-assessed` until a source says more. */
export const ASSESSMENT_STATUSES = ['not-assessed', 'in-progress', 'done', 'partly-done', 'not-done'] as const;

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** One dated assessment of a commitment, with its source (required for any status but `not-assessed`). */
export interface Assessment {
  status: AssessmentStatus;
  /** ISO day (YYYY-MM-DD). */
  date: string;
  source?: { url: string; title: Localized } | undefined;
  note: Localized;
}

/** Where a commitment stands as of the content's `statusAsOf` date. */
export interface CommitmentStatus {
  status: AssessmentStatus;
  /** The day the statuses of the site are current as of (`statusAsOf` of the content), not the build's. */
  asOf: string;
  /** The assessment the status comes from, if any. */
  latest?: Assessment | undefined;
  /** No assessment says anything, and the deadline was over by `asOf`: shown as such, never as "not done". */
  overdueUnassessed: boolean;
}

/**
 * Assessments newest first, the order the page shows its history in.
 * @example newestFirst([{ date: '2020-01-01' }, { date: '2021-01-01' }])[0].date // '2021-01-01'
 */
export function newestFirst<T extends Pick<Assessment, 'date'>>(assessments: ReadonlyArray<T>): T[] {
  return [...assessments].sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * Whether a commitment's deadline was over by a day: the whole period the speech gives has passed.
 * @example deadlinePassed({ deadline: '2019-10' }, '2019-11-01') // true
 */
export function deadlinePassed(commitment: Pick<Commitment, 'deadline'>, day: string): boolean {
  return commitment.deadline !== undefined && deadlineEnd(commitment.deadline) < day;
}

/**
 * The status of a commitment as of a day, from its assessments (the newest counts).
 * @example commitmentStatus({ deadline: '2019' }, [], '2026-12-02') // { status: 'not-assessed', asOf: '2026-12-02', overdueUnassessed: true }
 */
export function commitmentStatus(commitment: Pick<Commitment, 'deadline'>, assessments: ReadonlyArray<Assessment>, asOf: string): CommitmentStatus {
  const latest = newestFirst(assessments)[0];
  const status = latest?.status ?? 'not-assessed';
  return { status, asOf, latest, overdueUnassessed: status === 'not-assessed' && deadlinePassed(commitment, asOf) };
}
