import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { ContentError } from './content-files';

/** A top-level record of a YAML content file keyed by id, with the line of its key for messages. */
export interface KeyedRecord {
  id: string;
  line: number;
  node: YAMLMap;
  data: Record<string, unknown>;
}

/** A parsed YAML content file and a way to tell the line any of its nodes starts on. */
export interface YamlFile {
  records: KeyedRecord[];
  /** 1-based line where a node starts (line 1 for anything that is not a node). */
  lineOf: (node: unknown) => number;
}

/**
 * Reads a content file that is a set of records keyed by id (`security-cameras-2019:` …), failing with
 * the file and line of a syntax error or of a record that is not a set of "key: value" lines.
 * @example readKeyedRecords(process.cwd(), 'content/charts.yaml', 'sme-support').records[0]?.id // 'sme-support'
 */
export function readKeyedRecords(root: string, file: string, exampleId: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(root, file), 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new ContentError(file, first.linePos?.[0]?.line, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ContentError(file, 1, `must be a set of records, each starting with its id, e.g. "${exampleId}:"`);
  const lineOf = (node: unknown) => lineCounter.linePos(isNode(node) ? (node.range?.[0] ?? 0) : 0).line;
  const records = doc.contents.items.map((pair) => {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const id = key ? String(key.value) : '';
    const line = lineOf(key);
    if (!isMap(pair.value)) throw new ContentError(file, line, `"${id}" must be a set of "key: value" lines`);
    return { id, line, node: pair.value, data: pair.value.toJSON() as Record<string, unknown> };
  });
  return { records, lineOf };
}
