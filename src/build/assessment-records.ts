import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { Assessment } from '../lib/assessments';
import { SPEECH_YEAR } from '../lib/commitments';
import { assessmentSchema, assessmentsHeaderSchema } from '../lib/content-schemas';
import { ContentError } from './content-files';
import { readKeyedRecords, readYamlFile } from './yaml-records';

export const ASSESSMENTS_FILE = 'content/assessments.yaml';

/** The assessments of every commitment, and the day the site's statuses are current as of. */
export interface AssessmentRecords {
  statusAsOf: string;
  /** Assessments by commitment id, as the file lists them. */
  byCommitment: Map<string, Assessment[]>;
}

const assessmentList = z.array(assessmentSchema).min(1, { message: 'list at least one assessment, or remove the id' });

/**
 * Reads and checks `content/assessments.yaml`, failing with the file, line and commitment id of the first
 * problem: a shape the schema refuses (unknown status, a source that is not a web address), a commitment
 * that does not exist, a status other than `not-assessed` without a source, a date after `statusAsOf` or
 * before the speech, or two assessments of one commitment on the same day.
 * @example readAssessments(process.cwd(), new Set(['security-cameras-2019'])).statusAsOf // '2026-12-02'
 */
export function readAssessments(root: string, commitmentIds: ReadonlySet<string>): AssessmentRecords {
  const file = ASSESSMENTS_FILE;
  if (!existsSync(path.join(root, file))) throw new ContentError(file, undefined, 'missing: it holds "statusAsOf" and the assessments of the commitments');
  const yaml = readYamlFile(root, file);
  const header = assessmentsHeaderSchema.safeParse(yaml.doc.toJSON() ?? {});
  if (!header.success) {
    const issue = header.error.issues[0]!;
    throw new ContentError(file, yaml.lineAt(issue.path as Array<string | number>), `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const { statusAsOf } = header.data;
  const byCommitment = new Map<string, Assessment[]>();
  for (const { id, data, lineAt } of readKeyedRecords(root, file, assessmentList, 'assessments')) {
    const at = (i: number, message: string, field?: string) =>
      new ContentError(file, lineAt(field ? [i, field] : [i]), `commitment "${id}": assessment of ${data[i]!.date}: ${message}`);
    if (!commitmentIds.has(id)) throw new ContentError(file, lineAt([]), `"${id}" is not the id of a commitment in content/commitments.yaml`);
    const seen = new Set<string>();
    data.forEach((assessment, i) => {
      if (assessment.status !== 'not-assessed' && !assessment.source) {
        throw at(i, `status "${assessment.status}" needs a source: "source" with a "url" and a "title" in both languages`, 'status');
      }
      if (assessment.date > statusAsOf) throw at(i, `is dated after "statusAsOf" (${statusAsOf}); move "statusAsOf" forward or correct the date`, 'date');
      if (Number(assessment.date.slice(0, 4)) < SPEECH_YEAR) throw at(i, `is dated before the speech (${SPEECH_YEAR})`, 'date');
      if (seen.has(assessment.date)) throw at(i, 'another assessment of this commitment has the same date; keep one per day', 'date');
      seen.add(assessment.date);
    });
    byCommitment.set(id, data);
  }
  return { statusAsOf, byCommitment };
}
