import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The status the content gives a commitment: that of the newest record of its file, else `not-assessed`.
 * Tests compare the pages with it rather than with a status written into the test.
 * @example latestStatus('regions-lifts') // 'partly-done'
 */
export function latestStatus(id: string): string {
  const file = `content/assessments/${id}.yaml`;
  const records = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Array<{ date: string; status: string }> | null) ?? []) : [];
  return [...records].sort((a, b) => b.date.localeCompare(a.date))[0]?.status ?? 'not-assessed';
}
