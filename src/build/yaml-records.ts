import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-files';

/** A top-level record of a YAML content file keyed by id, checked against its schema. */
export interface KeyedRecord<T> {
  id: string;
  data: T;
  /** Line of a value inside the record, e.g. `lineAt(['groups', 0, 'bars', 1])`; the record's line if absent. */
  lineAt: (path: ReadonlyArray<string | number>) => number;
}

/**
 * Reads a content file that is a set of records keyed by id (`security-cameras-2019:` …) and checks each
 * record against its schema, failing with the file and line of a syntax error or of the bad value.
 * @example readKeyedRecords(process.cwd(), 'content/charts.yaml', chartSchema)[0]?.id // 'sme-support'
 */
export function readKeyedRecords<S extends z.ZodType>(root: string, file: string, schema: S): Array<KeyedRecord<z.output<S>>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(root, file), 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new ContentError(file, first.linePos?.[0]?.line, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ContentError(file, 1, 'must be a set of records, each starting with its id and a colon');
  const lineOf = (node: unknown) => lineCounter.linePos(isNode(node) ? (node.range?.[0] ?? 0) : 0).line;
  return doc.contents.items.map((pair) => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    // The record's own line, for problems of the record as a whole.
    const line = lineOf(pair.key);
    const value = pair.value;
    const lineAt = (at: ReadonlyArray<string | number>) => {
      const node = isMap(value) ? value.getIn(at, true) : undefined;
      return isNode(node) ? lineOf(node) : line;
    };
    const parsed = schema.safeParse(isNode(value) ? value.toJSON() : value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new ContentError(file, lineAt(issue.path as Array<string | number>), `"${id}": ${where}${issue.message}`);
    }
    return { id, data: parsed.data, lineAt };
  });
}
