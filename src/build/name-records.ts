import { existsSync } from 'node:fs';
import path from 'node:path';
import { nameSchema } from '@/lib/content-schemas';
import { readKeyedRecords } from './yaml-records';

export const NAMES_FILE = 'content/names.yaml';

/**
 * Reads the names file (records keyed by id), each checked against its schema; none when the file is
 * absent. Fails with the file and line of a bad record.
 * @example readNameRecords(process.cwd()).find((n) => n.id === 'sagintaev')?.data.kk // 'Сағынтаев'
 */
export function readNameRecords(root: string) {
  if (!existsSync(path.join(root, NAMES_FILE))) return [];
  return readKeyedRecords(root, NAMES_FILE, nameSchema);
}
