import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isSeq, isScalar } from 'yaml';
import type { z } from 'astro/zod';
import { ADDRESS_DAY, periodStart } from '@/lib/commitments/deadline';
import { assessmentSchema, assessmentsHeaderSchema, FIELD_HELP, type Assessment } from '@/lib/commitments/schema';
import { readCommitmentRecords } from './commitment-records';
import { ContentError, ContentErrors } from './content-files';
import { readYamlFile, type YamlFile } from './yaml-records';

/** Holds only `statusAsOf`, the day the statuses are current as of. */
export const ASSESSMENTS_FILE = 'content/assessments.yaml';
/** One file per commitment, named by its id: `content/assessments/<id>.yaml`, a list of records. */
export const ASSESSMENTS_DIR = 'content/assessments';

/** The assessments of every commitment, and the day the site's statuses are current as of. */
export interface AssessmentRecords {
  statusAsOf: string;
  /** Records by commitment id, as the files list them (only the records that passed every check). */
  byCommitment: Map<string, Assessment[]>;
}

/** The records of the content with every problem found in them, each naming its file and line. */
export interface AssessmentCheck extends AssessmentRecords {
  errors: ContentError[];
}

/** What the checks need to know beyond the assessment files. */
export interface AssessmentContext {
  commitmentIds: ReadonlySet<string>;
  /** Slugs of the programme pages, for `replacedBy.programme`. */
  programmeSlugs: ReadonlySet<string>;
}

/**
 * The commitment ids and programme slugs of the content, read from their files.
 * @example assessmentContext(process.cwd()).commitmentIds.has('security-cameras-2019') // true
 */
export function assessmentContext(root: string): AssessmentContext {
  const programmes = path.join(root, 'content/programmes/ru');
  return {
    commitmentIds: new Set(readCommitmentRecords(root).map((r) => r.id)),
    programmeSlugs: new Set(existsSync(programmes) ? readdirSync(programmes).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -'.mdx'.length)) : []),
  };
}

// Zod says "expected string, received undefined" for a field left out; an editor needs to know what to write.
function describeIssue(issue: z.core.$ZodIssue, input: unknown): { at: PropertyKey[]; message: string } {
  const at = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return { at: [...at, issue.keys[0]!], message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; see the README, "Record an assessment"` };
  }
  const field = String(at.at(-1) ?? '');
  const where = at.length > 0 ? `${at.join('.')}: ` : '';
  const value = at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);
  if (value === undefined) return { at, message: `${where}missing: ${FIELD_HELP[field] ?? 'a value'}` };
  return { at, message: `${where}${issue.message}` };
}

function readHeader(root: string, errors: ContentError[]): string | undefined {
  const file = ASSESSMENTS_FILE;
  if (!existsSync(path.join(root, file))) {
    errors.push(new ContentError(file, undefined, 'missing: it holds "statusAsOf", the day the statuses are current as of'));
    return undefined;
  }
  let yaml: YamlFile;
  try {
    yaml = readYamlFile(root, file);
  } catch (error) {
    errors.push(error as ContentError);
    return undefined;
  }
  const header = assessmentsHeaderSchema.safeParse(yaml.doc.toJSON() ?? {});
  if (header.success) return header.data.statusAsOf;
  for (const issue of header.error.issues) {
    const { at, message } = describeIssue(issue, yaml.doc.toJSON());
    const moved = issue.code === 'unrecognized_keys' && issue.keys.includes('assessments');
    errors.push(new ContentError(file, yaml.lineAt(at as Array<string | number>), moved ? `"assessments": the records are now one file per commitment, ${ASSESSMENTS_DIR}/<id>.yaml; this file keeps only "statusAsOf"` : message));
  }
  return undefined;
}

// The rules across fields, on a record the schema accepted.
function recordProblems(record: Assessment, statusAsOf: string | undefined, context: AssessmentContext): Array<{ at: Array<string | number>; message: string }> {
  const problems: Array<{ at: Array<string | number>; message: string }> = [];
  const inRange = (day: string, what: string, at: Array<string | number>) => {
    if (statusAsOf && day > statusAsOf) problems.push({ at, message: `${what} ${day} is after "statusAsOf" (${statusAsOf}) in ${ASSESSMENTS_FILE}; correct it, or move "statusAsOf" forward` });
    if (day < ADDRESS_DAY) problems.push({ at, message: `${what} ${day} is before the speech (the Address of ${ADDRESS_DAY}); nothing before it can report on the promise` });
  };
  if (record.status !== 'no-report-found' && record.sources.length === 0) {
    problems.push({ at: ['status'], message: `status "${record.status}" needs at least one source: "sources" with url, publisher, published, title and language (only "no-report-found" has none)` });
  }
  inRange(record.date, 'the date', ['date']);
  record.sources.forEach((source, j) => inRange(source.published, 'the source was published', ['sources', j, 'published']));
  if (record.status === 'done' && record.achieved === undefined) {
    problems.push({ at: ['status'], message: 'status "done" needs "achieved": when it was done, as precisely as the source says (YYYY, YYYY-MM or YYYY-MM-DD)' });
  }
  if (record.achieved !== undefined && periodStart(record.achieved) > record.date) {
    problems.push({ at: ['achieved'], message: `"achieved" (${record.achieved}) is after the date of the record (${record.date}); a source cannot report what had not happened yet` });
  }
  if (record.status === 'replaced' && record.replacedBy === undefined) {
    problems.push({ at: ['status'], message: 'status "replaced" needs "replacedBy": { name: { ru: …, kk: … } }, with "programme: <slug>" when it has a page here' });
  }
  const programme = record.replacedBy?.programme;
  if (programme !== undefined && !context.programmeSlugs.has(programme)) {
    problems.push({ at: ['replacedBy', 'programme'], message: `"${programme}" is not a programme of content/programmes/ru/; use its slug or leave "programme" out` });
  }
  return problems;
}

/**
 * Checks one commitment's file, `content/assessments/<id>.yaml`: every problem of every record, each
 * naming the file, the line and the commitment.
 * @example checkAssessmentFile(root, 'security-cameras-2019.yaml', '2026-12-06', context).errors // []
 */
export function checkAssessmentFile(root: string, name: string, statusAsOf: string | undefined, context: AssessmentContext): { id: string; records: Assessment[]; errors: ContentError[] } {
  const file = `${ASSESSMENTS_DIR}/${name}`;
  const id = path.basename(name, '.yaml');
  const errors: ContentError[] = [];
  if (!context.commitmentIds.has(id)) {
    errors.push(new ContentError(file, undefined, `"${id}" is not the id of a commitment in content/commitments.yaml; name the file after the commitment it assesses`));
    return { id, records: [], errors };
  }
  let yaml: YamlFile;
  try {
    yaml = readYamlFile(root, file);
  } catch (error) {
    return { id, records: [], errors: [error as ContentError] };
  }
  const list = yaml.doc.contents;
  if (list === null || (isScalar(list) && list.value === null)) return { id, records: [], errors };
  if (!isSeq(list)) {
    errors.push(new ContentError(file, yaml.lineAt([]), `commitment "${id}": the file must be a list of records, each starting with "- status:"`));
    return { id, records: [], errors };
  }
  const records: Assessment[] = [];
  const dates = new Map<string, number>();
  list.items.forEach((item, i) => {
    const raw = (item as { toJSON?: () => unknown }).toJSON?.() ?? item;
    const date = typeof raw === 'object' && raw && 'date' in raw ? String((raw as { date: unknown }).date) : undefined;
    const at = (path: ReadonlyArray<PropertyKey>, message: string) =>
      new ContentError(file, yaml.lineAt([i, ...(path as Array<string | number>)]), `commitment "${id}": record ${i + 1}${date ? ` (${date})` : ''}: ${message}`);
    const parsed = assessmentSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const { at: where, message } = describeIssue(issue, raw);
        errors.push(at(where, message));
      }
      return;
    }
    const problems = recordProblems(parsed.data, statusAsOf, context);
    const earlier = dates.get(parsed.data.date);
    if (earlier !== undefined) problems.push({ at: ['date'], message: `record ${earlier + 1} has the same date; keep one record per day` });
    dates.set(parsed.data.date, i);
    for (const problem of problems) errors.push(at(problem.at, problem.message));
    if (problems.length === 0) records.push(parsed.data);
  });
  return { id, records, errors };
}

/**
 * Reads and checks `content/assessments.yaml` (`statusAsOf`) and every `content/assessments/<id>.yaml`,
 * collecting every problem rather than stopping at the first: a shape the schema refuses, a file not named
 * after a commitment, a status other than `no-report-found` without a source, a source without its fields,
 * a date or publication day after `statusAsOf` or before the speech, `done` without `achieved`, `replaced`
 * without `replacedBy`, a note missing a language, two records of one commitment on the same day.
 * @example checkAssessments(process.cwd(), context).errors.length // 0
 */
export function checkAssessments(root: string, context: AssessmentContext): AssessmentCheck {
  const errors: ContentError[] = [];
  const statusAsOf = readHeader(root, errors);
  const byCommitment = new Map<string, Assessment[]>();
  const dir = path.join(root, ASSESSMENTS_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of names) {
    const result = checkAssessmentFile(root, name, statusAsOf, context);
    errors.push(...result.errors);
    if (result.records.length > 0) byCommitment.set(result.id, result.records);
  }
  return { statusAsOf: statusAsOf ?? '', byCommitment, errors };
}

/**
 * The assessments for the pages, failing with every problem at once (each on its own line) if there is any.
 * @example readAssessments(process.cwd(), context).statusAsOf // '2026-12-06'
 */
export function readAssessments(root: string, context: AssessmentContext): AssessmentRecords {
  const { errors, ...records } = checkAssessments(root, context);
  if (errors.length > 0) throw new ContentErrors(errors);
  return records;
}
