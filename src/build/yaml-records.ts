import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { collectContentErrors, ContentError } from './content-files';

/** A top-level record of a YAML content file keyed by id, checked against its schema. */
export interface KeyedRecord<T> {
  id: string;
  data: T;
  /** Line of a value inside the record, e.g. `lineAt(['groups', 0, 'bars', 1])`; the record's line if absent. */
  lineAt: (path: ReadonlyArray<string | number>) => number;
}

/** A parsed YAML content file that reports the line of any value in it. */
export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** Line where a node of the document starts. */
  lineOf: (node: unknown) => number;
  /** Line of the value at a path from the top of the file (`['assessments', 'some-id', 0]`); line 1 if absent. */
  lineAt: (path: ReadonlyArray<string | number>) => number;
}

// A path that stops short of a missing field points at the deepest value that is there.
function deepestLine(getIn: (at: ReadonlyArray<string | number>) => unknown, at: ReadonlyArray<string | number>, lineOf: (node: unknown) => number, fallback: number): number {
  for (let depth = at.length; depth > 0; depth -= 1) {
    const node = getIn(at.slice(0, depth));
    if (isNode(node)) return lineOf(node);
  }
  return fallback;
}

/**
 * Reads a YAML content file, failing with the file and line of a syntax error.
 * @example readYamlFile(process.cwd(), 'content/assessments.yaml').lineAt(['statusAsOf']) // 8
 */
export function readYamlFile(root: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(root, file), 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new ContentError(file, first.linePos?.[0]?.line, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const lineOf = (node: unknown) => lineCounter.linePos(isNode(node) ? (node.range?.[0] ?? 0) : 0).line;
  const lineAt = (at: ReadonlyArray<string | number>) => deepestLine((p) => doc.getIn(p, true), at, lineOf, 1);
  return { file, doc, lineOf, lineAt };
}

/**
 * Reads a content file that is a set of records keyed by id (`security-cameras-2019:` …) and checks each
 * record against its schema, failing with the file and line of a syntax error or of every bad value.
 * `under` reads the records of one top-level key instead of the whole file.
 * @example readKeyedRecords(process.cwd(), 'content/charts.yaml', chartSchema)[0]?.id // 'sme-support'
 */
export function readKeyedRecords<S extends z.ZodType>(root: string, file: string, schema: S, under?: string): Array<KeyedRecord<z.output<S>>> {
  const yaml = readYamlFile(root, file);
  const records = under === undefined ? yaml.doc.contents : yaml.doc.get(under, true);
  if (under !== undefined && (records === undefined || (isScalar(records) && records.value === null))) return [];
  if (!isMap(records)) {
    const line = under === undefined ? 1 : yaml.lineAt([under]);
    throw new ContentError(file, line, `${under === undefined ? 'must be' : `"${under}" must be`} a set of records, each starting with its id and a colon`);
  }
  // Each record is checked on its own: an editor sees every bad record of the file at once.
  const found = collectContentErrors();
  const read = records.items.map((pair) => found.check(() => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    // The record's own line, for problems of the record as a whole.
    const line = yaml.lineOf(pair.key);
    const value = pair.value;
    const lineAt = (at: ReadonlyArray<string | number>) =>
      deepestLine((p) => (isCollection(value) ? value.getIn(p, true) : undefined), at, yaml.lineOf, line);
    const parsed = schema.safeParse(isNode(value) ? value.toJSON() : value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new ContentError(file, lineAt(issue.path as Array<string | number>), `"${id}": ${where}${issue.message}`);
    }
    return { id, data: parsed.data, lineAt };
  }));
  found.throwIfAny();
  return read.filter((record): record is KeyedRecord<z.output<S>> => record !== undefined);
}
