import { z } from 'astro/zod';
import { deadlinePrecision, SPEECH_YEAR } from '@/lib/commitments/deadline';
import { commitmentPath } from '@/lib/commitments/order';
import { ASSESSMENT_STATUSES, SOURCE_LANGUAGES, type Assessment, type Commitment } from '@/lib/commitments/schema';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '@/lib/commitments/status';
import { toCsv } from '@/lib/csv';
import { LANGS, type Localized } from '@/lib/languages';
import { absoluteUrl } from '@/lib/paths';
import { sectionOfParagraph, sectionPath } from '@/lib/speech-sections';

/**
 * Schema of a text given in both languages, each described for the published JSON Schema.
 * @example localized('What is promised').parse({ kk: 'Жолдау', ru: 'Послание' })
 */
export const localized = (what: string) =>
  z.object({ kk: z.string().min(1).describe(`${what} in Kazakh`), ru: z.string().min(1).describe(`${what} in Russian`) }).strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const source = z
  .object({
    url: z.url().describe('Address of the source, as found'),
    publisher: z.string().min(1).describe('The outlet or body that published it'),
    published: isoDay.describe('Its publication date (ISO 8601)'),
    title: z.string().min(1).describe('Its title as published, in its own language'),
    language: z.enum(SOURCE_LANGUAGES).describe('The language of the source'),
  })
  .strict();

const replacement = z
  .object({
    name: localized('Name of the programme or plan that replaced the commitment'),
    programme: z.string().nullable().describe('Slug of its page at /{lang}/programmes/{slug}/, or null'),
  })
  .strict();

const assessment = z
  .object({
    status: z.enum(ASSESSMENT_STATUSES).describe('What became of the commitment by this date'),
    date: isoDay.describe('The day the record is as of: the publication date of its newest source; for "no-report-found", the day of the search'),
    achieved: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable()
      .describe('For "done": when it was done, as precisely as the source says (YYYY, YYYY-MM or YYYY-MM-DD); else null'),
    sources: z.array(source).describe('What the record rests on; empty only for "no-report-found"'),
    note: localized('What the sources report, in our own words'),
    replacedBy: replacement.nullable().describe('For "replaced": what replaced it; else null'),
    sourcesDisagree: z.boolean().describe('True when the sources of the record disagree (the note says how)'),
  })
  .strict();

const record = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Stable identifier of the commitment'),
    priority: z.number().int().min(1).max(5).describe("Priority of the President's Address (1–5) the commitment belongs to"),
    priorityTitle: localized('Title of the priority'),
    programmes: z.array(z.string()).describe('Slugs of the programmes involved; each has a page at /{lang}/programmes/{slug}/'),
    text: localized('What is promised'),
    quantity: z.number().nullable().describe('The number the speech states, or null'),
    unit: localized('Unit of the quantity').nullable(),
    deadline: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable()
      .describe(`ISO 8601 date at the precision the speech gives, or null; relative wording resolves against ${SPEECH_YEAR}`),
    deadlinePrecision: z.enum(['year', 'month', 'day']).nullable().describe('Precision of the deadline'),
    deadlineText: localized("The speech's own words for the deadline").nullable(),
    responsible: localized('Responsible body, when the speech names one').nullable(),
    status: z.enum(COMMITMENT_STATUSES).describe('Status as of statusAsOf: that of the newest assessment; "not-assessed" while there is none'),
    statusAsOf: isoDay.describe("The day the site's statuses are current as of"),
    statusDate: isoDay.nullable().describe('Date of the newest assessment, or null'),
    achieved: z.string().nullable().describe('For "done": when it was done (YYYY, YYYY-MM or YYYY-MM-DD); else null'),
    onTime: z
      .boolean()
      .nullable()
      .describe("For \"done\": true if done within the speech's deadline, false if late; null when not done, without a deadline, or when the date done spans the deadline"),
    deadlinePassed: z.boolean().describe('True when the deadline was over by statusAsOf and no assessment says anything (not the same as "not done")'),
    assessments: z.array(assessment).describe('Every assessment, newest first'),
    paragraph: z.string().regex(/^[a-z]+-\d+$/).describe('Id of the paragraph of the speech the commitment comes from'),
    links: localized('Path of the paragraph on the site, e.g. /ru/speech/security/#security-3'),
    pages: localized("Path of the commitment's own page, e.g. /ru/commitments/security-cameras-2019/"),
  })
  .strict();

/** The open data document, `/data/commitments.json`; its JSON Schema is generated from this. */
export const commitmentsDocument = z
  .object({
    $schema: z.url(),
    site: z.url().describe('Address the links are relative to'),
    speechYear: z.literal(SPEECH_YEAR),
    count: z.number().int().min(0),
    commitments: z.array(record),
  })
  .strict()
  .describe("Commitments made in the Almaty akim's 2019 speech on the President's Address");

/** One commitment as published in /data/. */
export type OpenCommitment = z.infer<typeof record>;
/** The whole of /data/commitments.json. */
export type CommitmentsDocument = z.infer<typeof commitmentsDocument>;

/** Where the commitments files are published; part of the URL contract. */
export const OPEN_DATA_PATHS = {
  json: '/data/commitments.json',
  csv: '/data/commitments.csv',
  schema: '/data/commitments.schema.json',
  xlsx: '/data/commitments.xlsx',
} as const;

/**
 * A commitment as published: every field present (null where the speech says nothing), its status and
 * assessments (newest first), links to its paragraph and to its own page in both languages.
 * @example toOpenRecord(commitment, { kk: 'Қуатты өңірлер…', ru: 'Сильные регионы…' }, status, []).links.ru // '/ru/speech/regions/#regions-8'
 */
export function toOpenRecord(commitment: Commitment, priorityTitle: Localized, status: CommitmentStatus, assessments: Assessment[]): OpenCommitment {
  const section = sectionOfParagraph(commitment.paragraph);
  return {
    id: commitment.id,
    priority: commitment.priority,
    priorityTitle,
    programmes: commitment.programmes,
    text: commitment.text,
    quantity: commitment.quantity?.value ?? null,
    unit: commitment.quantity?.unit ?? null,
    deadline: commitment.deadline ?? null,
    deadlinePrecision: commitment.deadline ? deadlinePrecision(commitment.deadline) : null,
    deadlineText: commitment.deadlineText ?? null,
    responsible: commitment.responsible ?? null,
    status: status.status,
    statusAsOf: status.asOf,
    statusDate: status.latest?.date ?? null,
    deadlinePassed: status.overdueUnassessed,
    achieved: status.status === 'done' ? (status.latest?.achieved ?? null) : null,
    onTime: status.timeliness === 'on-time' ? true : status.timeliness === 'late' ? false : null,
    assessments: assessments.map((a) => ({
      status: a.status,
      date: a.date,
      achieved: a.achieved ?? null,
      sources: a.sources,
      note: a.note,
      replacedBy: a.replacedBy ? { name: a.replacedBy.name, programme: a.replacedBy.programme ?? null } : null,
      sourcesDisagree: a.sourcesDisagree ?? false,
    })),
    paragraph: commitment.paragraph,
    links: { kk: sectionPath('kk', section, commitment.paragraph), ru: sectionPath('ru', section, commitment.paragraph) },
    pages: { kk: commitmentPath('kk', commitment.id), ru: commitmentPath('ru', commitment.id) },
  };
}

/**
 * The whole JSON document for a list of published records.
 * @example commitmentsJson(records, 'https://joldau.example.kz').count
 */
export function commitmentsJson(records: OpenCommitment[], site: string): CommitmentsDocument {
  return { $schema: absoluteUrl(site, OPEN_DATA_PATHS.schema), site, speechYear: SPEECH_YEAR, count: records.length, commitments: records };
}

/**
 * JSON Schema (draft 2020-12) of `/data/commitments.json`, derived from the same definition the
 * document is typed with, so the two cannot drift apart.
 * @example commitmentsJsonSchema().properties.commitments.type // 'array'
 */
export function commitmentsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(commitmentsDocument, { target: 'draft-2020-12' });
}

/** A cell of the published table: text, a number, or null where the record has nothing. */
export type CellValue = string | number | null;

/**
 * How a spreadsheet should type a column: numbers stay numbers, an ISO deadline becomes a date where it
 * names a day, a link becomes a hyperlink; CSV writes them all as text.
 */
export type ColumnKind = 'text' | 'number' | 'deadline' | 'link';

/** A column of the published table: header name, how to read it from a record, and its kind. */
export type Column = readonly [name: string, read: (r: OpenCommitment, site: string) => CellValue, kind?: ColumnKind];

const both = (name: string, pick: (r: OpenCommitment) => Localized | null) =>
  LANGS.map((lang) => [`${name}_${lang}`, (r: OpenCommitment) => pick(r)?.[lang] ?? null] as const);

/** The columns of the CSV and the XLSX, in order: one definition, so both files always agree. */
export const COMMITMENT_COLUMNS: ReadonlyArray<Column> = [
  ['id', (r) => r.id],
  ['priority', (r) => r.priority, 'number'],
  ...both('priority_title', (r) => r.priorityTitle),
  ['programmes', (r) => r.programmes.join(' ')],
  ...both('text', (r) => r.text),
  ['quantity', (r) => r.quantity, 'number'],
  ...both('unit', (r) => r.unit),
  ['deadline', (r) => r.deadline, 'deadline'],
  ['deadline_precision', (r) => r.deadlinePrecision],
  ...both('deadline_text', (r) => r.deadlineText),
  ...both('responsible', (r) => r.responsible),
  ['status', (r) => r.status],
  ['status_date', (r) => r.statusDate ?? ''],
  ['achieved', (r) => r.achieved ?? ''],
  ['on_time', (r) => (r.onTime === null ? '' : String(r.onTime))],
  ['status_as_of', (r) => r.statusAsOf],
  ['deadline_passed', (r) => String(r.deadlinePassed)],
  // One line per row, as the CSV promises: the sources of the newest record, " | " between them.
  ['status_sources', (r) => (r.assessments[0]?.sources ?? []).map((s) => `${s.publisher}, ${s.published}: ${s.url}`).join(' | ')],
  ...both('status_note', (r) => r.assessments[0]?.note ?? null),
  ['paragraph', (r) => r.paragraph],
  ...LANGS.map((lang) => [`link_${lang}`, (r: OpenCommitment, site: string) => absoluteUrl(site, r.links[lang]), 'link'] as const),
  ...LANGS.map((lang) => [`page_${lang}`, (r: OpenCommitment, site: string) => absoluteUrl(site, r.pages[lang]), 'link'] as const),
];

/**
 * The records as table rows, one cell per column of COMMITMENT_COLUMNS.
 * @example commitmentRows(records, 'https://joldau.example.kz')[0]?.[0] // 'state-listening-state'
 */
export function commitmentRows(records: OpenCommitment[], site: string): CellValue[][] {
  return records.map((r) => COMMITMENT_COLUMNS.map(([, read]) => read(r, site)));
}

/**
 * The records as CSV (RFC 4180, header row), one column per language for every text, the status with its
 * newest assessment, and absolute links to the paragraph and to the commitment's page so a spreadsheet can
 * open them. Empty cells stand for null.
 * @example commitmentsCsv(records, 'https://joldau.example.kz').split('\r\n')[0]?.startsWith('id,priority,') // true
 */
export function commitmentsCsv(records: OpenCommitment[], site: string): string {
  const rows = commitmentRows(records, site).map((row) => row.map((value) => (value === null ? '' : String(value))));
  return toCsv([COMMITMENT_COLUMNS.map(([name]) => name), ...rows]);
}
