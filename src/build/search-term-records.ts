import { existsSync } from 'node:fs';
import path from 'node:path';
import { searchTermSchema } from '../lib/content-schemas';
import { readKeyedRecords } from './yaml-records';

export const SEARCH_TERMS_FILE = 'content/search-terms.yaml';

/**
 * Reads the search terms file (records keyed by id), each checked against its schema; none when the
 * file is absent. Fails with the file and line of a bad record.
 * @example readSearchTermRecords(process.cwd()).find((t) => t.id === 'disability')?.data.ru?.say[0] // 'инвалид'
 */
export function readSearchTermRecords(root: string) {
  if (!existsSync(path.join(root, SEARCH_TERMS_FILE))) return [];
  return readKeyedRecords(root, SEARCH_TERMS_FILE, searchTermSchema);
}
