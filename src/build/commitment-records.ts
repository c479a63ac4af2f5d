import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-files';

/** A commitment as written in `content/commitments.yaml`, with its line for messages. */
export interface CommitmentRecord {
  id: string;
  line: number;
  priority?: unknown;
  paragraph?: unknown;
  programmes?: unknown;
  quantity?: { value?: unknown };
}

export const COMMITMENTS_FILE = 'content/commitments.yaml';

/**
 * Reads the commitments file (records keyed by id) with the line of each record.
 * @example readCommitmentRecords(process.cwd())[0]?.id
 */
export function readCommitmentRecords(root: string): CommitmentRecord[] {
  const text = readFileSync(path.join(root, COMMITMENTS_FILE), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new ContentError(COMMITMENTS_FILE, first.linePos?.[0]?.line, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) {
    throw new ContentError(COMMITMENTS_FILE, 1, 'must be a set of commitments, each starting with its id, e.g. "security-cameras-2019:"');
  }
  return doc.contents.items.map((pair) => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineCounter.linePos(isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0).line;
    if (!isMap(pair.value)) throw new ContentError(COMMITMENTS_FILE, line, `commitment "${id}" must be a set of "key: value" lines`);
    return { ...(pair.value.toJSON() as Record<string, unknown>), id, line } as CommitmentRecord;
  });
}
