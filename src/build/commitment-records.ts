import { commitmentSchema } from '@/lib/commitments/schema';
import { readKeyedRecords } from './yaml-records';

export const COMMITMENTS_FILE = 'content/commitments.yaml';

/**
 * Reads the commitments file (records keyed by id), each checked against the collection's schema.
 * @example readCommitmentRecords(process.cwd())[0]?.data.paragraph // 'state-1'
 */
export function readCommitmentRecords(root: string) {
  return readKeyedRecords(root, COMMITMENTS_FILE, commitmentSchema);
}
