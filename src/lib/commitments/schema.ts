import { z } from 'astro/zod';
import { isoDate, isoDay, localized, paragraphId, priority, slug } from '@/lib/content-schemas';

/**
 * One record of `content/commitments.yaml`. Astro validates the collection with it, and the build's
 * content check uses it first to report the file and line of a bad record.
 * @example commitmentSchema.parse({ priority: 2, paragraph: 'security-7', text: { kk: '…', ru: '…' } }).programmes // []
 */
export const commitmentSchema = z
  .object({
    priority,
    paragraph: paragraphId,
    programmes: z.array(slug).default([]),
    text: localized,
    quantity: z.object({ value: z.number(), unit: localized }).strict().optional(),
    /** ISO 8601 date at the precision the speech gives: "2020", "2019-10" or "2019-12-31". */
    deadline: isoDate.optional(),
    /** The speech's own words for the deadline, as it is worded in each language. */
    deadlineText: localized.optional(),
    responsible: localized.optional(),
    /** Kept for older files; what became of a commitment is in `content/assessments/<id>.yaml`. */
    status: z.enum(['not-assessed']).default('not-assessed'),
  })
  .strict();

/** One promise of the speech: a record of `content/commitments.yaml` with its id. */
export type Commitment = z.output<typeof commitmentSchema> & { id: string };

/**
 * What a record can say became of a commitment (ASSESSMENTS-FORMAT.md); a commitment without a record is
 * "not assessed", which no record states.
 */
export const ASSESSMENT_STATUSES = ['done', 'partly-done', 'in-progress', 'not-done', 'replaced', 'no-measurable-target', 'no-report-found'] as const;

/** One of ASSESSMENT_STATUSES. */
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The languages a source can be in. */
export const SOURCE_LANGUAGES = ['ru', 'kk', 'en'] as const;

/**
 * A note in both languages: what the sources report, in our own words.
 * @example noteSchema.parse({ ru: '…', kk: '…' })
 */
export const noteSchema = z.object({ ru: z.string().trim().min(1), kk: z.string().trim().min(1) }).strict();

/**
 * What to write in each field of a record, for the message when it is missing.
 * @example FIELD_HELP.publisher
 */
export const FIELD_HELP: Record<string, string> = {
  status: `one of ${ASSESSMENT_STATUSES.join(', ')}`,
  date: 'the day this record is as of, YYYY-MM-DD',
  note: 'what the sources report, in our own words, with "ru" and "kk"',
  ru: 'the text in Russian',
  kk: 'the text in Kazakh',
  url: 'the address of the source, exactly as the search gave it',
  publisher: 'the outlet or body that published the source',
  published: 'the day the source was published, YYYY-MM-DD',
  title: 'the title of the source as published',
  language: `the language of the source: ${SOURCE_LANGUAGES.join(', ')}`,
  name: 'the name of the replacement, with "ru" and "kk"',
  statusAsOf: 'the day the statuses are current as of, YYYY-MM-DD',
};

/**
 * A public report an assessment rests on, as the search found it.
 * @example sourceSchema.parse({ url: 'https://www.inform.kz/ru/…', publisher: 'Kazinform', published: '2020-02-03', title: '…', language: 'ru' })
 */
export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be a web address starting with https:// (or http://)' }),
    publisher: z.string().trim().min(1),
    published: isoDay,
    title: z.string().trim().min(1),
    language: z.enum(SOURCE_LANGUAGES, { message: `must be one of ${SOURCE_LANGUAGES.join(', ')}` }),
  })
  .strict();

/** One source of an assessment. */
export type AssessmentSource = z.output<typeof sourceSchema>;

/**
 * One record of `content/assessments/<commitment-id>.yaml`: what became of a commitment as of a date, on
 * what sources. The content check adds the rules across fields (a status needs a source, dates in order).
 * @example assessmentSchema.parse({ status: 'no-report-found', date: '2026-12-06', note: { ru: '…', kk: '…' } }).sources // []
 */
export const assessmentSchema = z
  .object({
    status: z.enum(ASSESSMENT_STATUSES, { message: `must be one of ${ASSESSMENT_STATUSES.join(', ')}` }),
    date: isoDay,
    /** When it was done, as precisely as the source says (done only). */
    achieved: isoDate.optional(),
    sources: z.array(sourceSchema).default([]),
    note: noteSchema,
    replacedBy: z.object({ name: localized, programme: slug.optional() }).strict().optional(),
    sourcesDisagree: z.boolean().optional(),
  })
  .strict();

/** One dated assessment of a commitment. */
export type Assessment = z.output<typeof assessmentSchema>;

/**
 * `content/assessments.yaml`: only the day the statuses are current as of; the records are one file per
 * commitment.
 * @example assessmentsHeaderSchema.parse({ statusAsOf: '2026-12-06' }).statusAsOf
 */
export const assessmentsHeaderSchema = z.object({ statusAsOf: isoDay }).strict();
