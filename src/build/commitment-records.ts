import { readKeyedRecords } from './yaml-records';

/** A commitment as written in `content/commitments.yaml`, with its line for messages. */
export interface CommitmentRecord {
  id: string;
  line: number;
  priority?: unknown;
  paragraph?: unknown;
  programmes?: unknown;
  text?: Partial<Record<string, unknown>>;
  quantity?: { value?: unknown; unit?: Partial<Record<string, unknown>> };
  deadline?: unknown;
  deadlineText?: Partial<Record<string, unknown>>;
}

export const COMMITMENTS_FILE = 'content/commitments.yaml';

/**
 * Reads the commitments file (records keyed by id) with the line of each record.
 * @example readCommitmentRecords(process.cwd())[0]?.id
 */
export function readCommitmentRecords(root: string): CommitmentRecord[] {
  return readKeyedRecords(root, COMMITMENTS_FILE, 'security-cameras-2019').records.map(({ id, line, data }) => ({ ...data, id, line }));
}
