import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { assessmentContext, readAssessments, type AssessmentRecords } from '@/build/assessment-records';
import { readCommitmentRecords } from '@/build/commitment-records';
import { scoreboard } from '@/lib/commitments/counts';
import type { Assessment, Commitment } from '@/lib/commitments/schema';
import { commitmentStatus, newestFirst, outcomeOf, type CommitmentStatus, type Outcome } from '@/lib/commitments/status';
import type { Lang, Localized } from '@/lib/languages';
import { toOpenRecord, type OpenCommitment } from '@/lib/open-data';
import { programmes } from './programmes';
import { speechSections } from './speech';

export type ChartEntry = CollectionEntry<'charts'>;

// Astro hands entries back sorted by id; the file's own order is the speech's order (the build checks it).
let fileOrder: Map<string, number> | undefined;

/**
 * Every commitment of the speech, in the order of `content/commitments.yaml`: priority, paragraph, and
 * within a paragraph the order the speech gives them.
 * @example (await commitments()).length
 */
export async function commitments(): Promise<Commitment[]> {
  fileOrder ??= new Map(readCommitmentRecords(process.cwd()).map((record, i) => [record.id, i]));
  const entries = await getCollection('commitments');
  return entries.map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => fileOrder!.get(a.id)! - fileOrder!.get(b.id)!);
}

let assessmentRecords: AssessmentRecords | undefined;

// Read once per build; the content check has already refused a bad file before Astro starts.
function assessmentsFile(): AssessmentRecords {
  assessmentRecords ??= readAssessments(process.cwd(), assessmentContext(process.cwd()));
  return assessmentRecords;
}

/**
 * The day the statuses are current as of: `statusAsOf` of `content/assessments.yaml`, never the build's clock.
 * @example statusAsOf() // '2026-12-02'
 */
export function statusAsOf(): string {
  return assessmentsFile().statusAsOf;
}

/**
 * The assessments of one commitment, newest first (none until a source says something).
 * @example assessmentsOf('security-cameras-2019') // []
 */
export function assessmentsOf(id: string): Assessment[] {
  return newestFirst(assessmentsFile().byCommitment.get(id) ?? []);
}

/**
 * Where a commitment stands as of `statusAsOf`.
 * @example statusOf(commitment).status // 'not-assessed'
 */
export function statusOf(commitment: Commitment): CommitmentStatus {
  return commitmentStatus(commitment, assessmentsOf(commitment.id), statusAsOf());
}

/**
 * The outcome of each commitment as of `statusAsOf` (done on time / late, or its status), by id.
 * @example (await outcomes()).get('security-cameras-2019') // 'not-assessed'
 */
export async function outcomes(): Promise<Map<string, Outcome>> {
  return new Map((await commitments()).map((c) => [c.id, outcomeOf(statusOf(c))]));
}

/**
 * The scoreboard of the site: how many commitments have each outcome, in all and per priority.
 * @example (await commitmentScoreboard()).all.total // 72
 */
export async function commitmentScoreboard(): Promise<ReturnType<typeof scoreboard>> {
  const byId = await outcomes();
  return scoreboard((await commitments()).map((c) => ({ priority: c.priority, outcome: byId.get(c.id)! })));
}

/**
 * Title of each priority in both languages, by priority number.
 * @example (await priorityTitles()).get(3)?.ru // 'Развитая и инклюзивная экономика'
 */
export async function priorityTitles(): Promise<Map<number, Localized>> {
  const [kk, ru] = await Promise.all([speechSections('kk'), speechSections('ru')]);
  return new Map(
    kk.filter((s) => s.data.priority > 0).map((s) => [s.data.priority, { kk: s.data.title, ru: ru.find((r) => r.slug === s.slug)!.data.title }]),
  );
}

/** The names a view of commitments shows: short priority titles by number, programme names by slug. */
export interface CommitmentNames {
  priorityNames: Map<number, string>;
  programmeNames: Map<string, string>;
}

/**
 * Short title of each priority ("Экономика") and name of each programme, in one language.
 * @example (await commitmentNames('kk')).priorityNames.get(2) // 'Қауіпсіздік'
 */
export async function commitmentNames(lang: Lang): Promise<CommitmentNames> {
  const sections = (await speechSections(lang)).filter((s) => s.data.priority > 0);
  return {
    priorityNames: new Map(sections.map((s) => [s.data.priority, s.data.shortTitle])),
    programmeNames: new Map((await programmes(lang)).map((p) => [p.slug, p.data.name])),
  };
}

/**
 * The commitments as published in /data/: the same records for the JSON and the CSV.
 * @example (await openRecords())[0]?.links.kk
 */
export async function openRecords(): Promise<OpenCommitment[]> {
  const titles = await priorityTitles();
  return (await commitments()).map((c) => toOpenRecord(c, titles.get(c.priority)!, statusOf(c), assessmentsOf(c.id)));
}

/**
 * One chart of `content/charts.yaml`; throws if it does not exist.
 * @example (await chart('housing')).data.groups.length
 */
export async function chart(id: string): Promise<ChartEntry> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`No chart "${id}" in content/charts.yaml`);
  return entry;
}
