import { deadlineYear } from './deadline';
import { OUTCOMES, type Outcome } from './status';

/** The five priorities of the Address, in order. */
export const PRIORITIES = [1, 2, 3, 4, 5] as const;

/**
 * How many commitments each priority has, for all five priorities (zero included).
 * @example countByPriority([{ priority: 2 }]) // [{ priority: 1, count: 0 }, { priority: 2, count: 1 }, …]
 */
export function countByPriority(commitments: ReadonlyArray<{ priority: number }>): Array<{ priority: number; count: number }> {
  return PRIORITIES.map((priority) => ({ priority, count: commitments.filter((c) => c.priority === priority).length }));
}

/**
 * How many commitments fall due in each year, earliest first; those without a dated deadline come last
 * with `year` undefined.
 * @example countByDeadlineYear([{ deadline: '2020' }, {}]) // [{ year: 2020, count: 1 }, { year: undefined, count: 1 }]
 */
export function countByDeadlineYear(commitments: ReadonlyArray<{ deadline?: string | undefined }>): Array<{ year: number | undefined; count: number }> {
  const counts = new Map<number | undefined, number>();
  for (const commitment of commitments) {
    const year = deadlineYear(commitment);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

/** How many commitments have each outcome (every outcome present, zero included), and how many in all. */
export interface OutcomeCounts {
  total: number;
  counts: Record<Outcome, number>;
}

/**
 * Counts commitments by outcome: the scoreboard of a set of commitments.
 * @example countOutcomes([{ outcome: 'done-late' }]).counts['done-late'] // 1
 */
export function countOutcomes(items: ReadonlyArray<{ outcome: Outcome }>): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const { outcome } of items) counts[outcome] += 1;
  return { total: items.length, counts };
}

/**
 * The scoreboard of all commitments and of each priority.
 * @example scoreboard([{ priority: 1, outcome: 'done-late' }]).byPriority[0]?.counts.counts['done-late'] // 1
 */
export function scoreboard(items: ReadonlyArray<{ priority: number; outcome: Outcome }>): { all: OutcomeCounts; byPriority: Array<{ priority: number; counts: OutcomeCounts }> } {
  return {
    all: countOutcomes(items),
    byPriority: PRIORITIES.map((priority) => ({ priority, counts: countOutcomes(items.filter((i) => i.priority === priority)) })),
  };
}
