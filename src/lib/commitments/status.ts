import { deadlineEnd, deadlinePassed, periodStart } from './deadline';
import { ASSESSMENT_STATUSES, type Assessment, type AssessmentStatus, type Commitment } from './schema';

/** Every status a commitment can be in: what a record says, or `not-assessed` without one. */
export const COMMITMENT_STATUSES = [...ASSESSMENT_STATUSES, 'not-assessed'] as const;

/** One of COMMITMENT_STATUSES. */
export type CommitmentStatusName = AssessmentStatus | 'not-assessed';

/**
 * Whether a commitment was done within its deadline: `late` when even the earliest day `achieved` allows is
 * after it, `unclear` when the period of `achieved` spans the deadline, `no-deadline` when the speech
 * names none.
 */
export type Timeliness = 'on-time' | 'late' | 'unclear' | 'no-deadline';

/** Where a commitment stands as of the content's `statusAsOf` date. */
export interface CommitmentStatus {
  status: CommitmentStatusName;
  /** The day the statuses of the site are current as of (`statusAsOf` of the content), not the build's. */
  asOf: string;
  /** The record the status comes from, if any. */
  latest?: Assessment | undefined;
  /** No record says anything, and the deadline was over by `asOf`: shown as such, never as "not done". */
  overdueUnassessed: boolean;
  /** For `done` with `achieved`: against the commitment's deadline. */
  timeliness?: Timeliness | undefined;
}

/**
 * Records newest first, the order the page shows its history in.
 * @example newestFirst([{ date: '2020-01-01' }, { date: '2021-01-01' }])[0].date // '2021-01-01'
 */
export function newestFirst<T extends Pick<Assessment, 'date'>>(assessments: ReadonlyArray<T>): T[] {
  return [...assessments].sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * Whether something achieved at an ISO date of any precision was within a deadline of any precision.
 * @example timeliness('2019-12', '2019') // 'on-time'
 * @example timeliness('2020', '2020-06') // 'unclear'
 */
export function timeliness(achieved: string, deadline: string | undefined): Timeliness {
  if (deadline === undefined) return 'no-deadline';
  const last = deadlineEnd(deadline);
  if (deadlineEnd(achieved) <= last) return 'on-time';
  return periodStart(achieved) > last ? 'late' : 'unclear';
}

/**
 * The status of a commitment as of a day, from its records (the newest counts).
 * @example commitmentStatus({ deadline: '2019' }, [], '2026-12-06') // { status: 'not-assessed', asOf: '2026-12-06', overdueUnassessed: true, … }
 */
export function commitmentStatus(commitment: Pick<Commitment, 'deadline'>, assessments: ReadonlyArray<Assessment>, asOf: string): CommitmentStatus {
  const latest = newestFirst(assessments)[0];
  const status = latest?.status ?? 'not-assessed';
  return {
    status,
    asOf,
    latest,
    overdueUnassessed: status === 'not-assessed' && deadlinePassed(commitment, asOf),
    timeliness: status === 'done' && latest?.achieved ? timeliness(latest.achieved, commitment.deadline) : undefined,
  };
}

/**
 * The scoreboard splits `done` by timeliness; every other status is one outcome.
 */
export const OUTCOMES = ['done-on-time', 'done-late', 'done-unclear', 'partly-done', 'in-progress', 'not-done', 'replaced', 'no-measurable-target', 'no-report-found', 'not-assessed'] as const;

/** One of OUTCOMES. */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The outcome a status counts under: done on time or late (done without a deadline, or whose date spans
 * it, is `done-unclear`), else the status itself.
 * @example outcomeOf({ status: 'done', timeliness: 'late' }) // 'done-late'
 */
export function outcomeOf(status: Pick<CommitmentStatus, 'status' | 'timeliness'>): Outcome {
  if (status.status !== 'done') return status.status;
  if (status.timeliness === 'on-time') return 'done-on-time';
  return status.timeliness === 'late' ? 'done-late' : 'done-unclear';
}

/**
 * The status an outcome belongs to (the three kinds of `done` are `done`).
 * @example statusOfOutcome('done-late') // 'done'
 */
export function statusOfOutcome(outcome: Outcome): CommitmentStatusName {
  return outcome.startsWith('done-') ? 'done' : (outcome as CommitmentStatusName);
}
