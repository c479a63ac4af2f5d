import { existsSync } from 'node:fs';
import path from 'node:path';
import { SPEECH_YEAR } from '../lib/commitments';
import { extractFigures, figuresNotIn, normaliseFigure } from '../lib/figures';
import { LANGS, type Lang } from '../lib/languages';
import { sectionOfParagraph, PRIORITY_SLUGS } from '../lib/speech-sections';
import { CHARTS_FILE, readChartBars } from './chart-records';
import { COMMITMENTS_FILE, readCommitmentRecords, type CommitmentRecord } from './commitment-records';
import { ContentError } from './content-files';
import { readProgrammes, type ProgrammeIndex } from './programme-index';
import { readSpeech, type SpeechIndex } from './speech-index';

/** Everything the content checks read, for the plugins that need the same data. */
export interface CheckedContent {
  speech: SpeechIndex;
  programmes: ProgrammeIndex;
}

function checkProgrammeMatches(speech: SpeechIndex, programmes: ProgrammeIndex): void {
  for (const lang of LANGS) {
    const text = [...speech.paragraphs.values()].map((p) => p[lang]).join('\n');
    for (const programme of programmes[lang]) {
      for (const needle of programme.match) {
        if (!text.includes(needle)) {
          throw new ContentError(programme.file, undefined, `match "${needle}" does not occur in the ${lang === 'kk' ? 'Kazakh' : 'Russian'} speech text; use the exact spelling of the speech, or remove it`);
        }
      }
    }
  }
}

const LANGUAGE_NAME: Record<Lang, string> = { kk: 'Kazakh', ru: 'Russian' };

/** Why a text cites figures its paragraph does not give, or undefined when every figure is there. */
function unstatedFigures(texts: Partial<Record<string, unknown>> | undefined, paragraph: Record<Lang, string>, what: string): string | undefined {
  for (const lang of LANGS) {
    const missing = figuresNotIn(String(texts?.[lang] ?? ''), paragraph[lang]);
    if (missing.length > 0) return `the ${LANGUAGE_NAME[lang]} ${what} states ${missing.join(', ')}, which the paragraph does not`;
  }
  return undefined;
}

function checkCommitments(root: string, speech: SpeechIndex, programmes: ProgrammeIndex): void {
  const slugs = new Set(programmes.ru.map((p) => p.slug));
  for (const record of readCommitmentRecords(root)) {
    const at = (message: string) => new ContentError(COMMITMENTS_FILE, record.line, `commitment "${record.id}": ${message}`);
    const paragraphId = String(record.paragraph);
    const paragraph = speech.paragraphs.get(paragraphId);
    if (!paragraph) throw at(`paragraph "${paragraphId}" does not exist in the speech`);
    const section = sectionOfParagraph(paragraphId);
    const expectedPriority = (PRIORITY_SLUGS as string[]).indexOf(section) + 1;
    if (record.priority !== expectedPriority) {
      throw at(`priority ${String(record.priority)} does not match its paragraph "${paragraphId}" (priority ${expectedPriority})`);
    }
    for (const slug of Array.isArray(record.programmes) ? record.programmes : []) {
      if (!slugs.has(String(slug))) throw at(`unknown programme "${String(slug)}"`);
    }
    const value = record.quantity?.value;
    if (value !== undefined) {
      for (const lang of LANGS) {
        if (!extractFigures(paragraph[lang]).includes(normaliseFigure(String(value)))) {
          throw at(`quantity ${String(value)} does not occur in the ${LANGUAGE_NAME[lang]} text of paragraph "${paragraphId}"`);
        }
      }
    }
    const unstated =
      unstatedFigures(record.text, paragraph, 'text') ??
      unstatedFigures(record.quantity?.unit, paragraph, 'unit') ??
      unstatedFigures(record.deadlineText, paragraph, 'deadline wording');
    if (unstated) throw at(unstated);
    checkDeadline(record, paragraph, at);
  }
}

function checkDeadline(record: CommitmentRecord, paragraph: Record<Lang, string>, at: (message: string) => ContentError): void {
  if (record.deadline !== undefined && record.deadlineText === undefined) {
    throw at(`deadline "${String(record.deadline)}" needs "deadlineText": the speech's own words for it, in both languages`);
  }
  if (record.deadline !== undefined && Number(String(record.deadline).slice(0, 4)) < SPEECH_YEAR) {
    throw at(`deadline "${String(record.deadline)}" is before the speech (${SPEECH_YEAR})`);
  }
  for (const lang of LANGS) {
    const wording = record.deadlineText?.[lang];
    if (wording !== undefined && !paragraph[lang].toLocaleLowerCase(lang).includes(String(wording).toLocaleLowerCase(lang))) {
      throw at(`deadline wording "${String(wording)}" does not occur in the ${LANGUAGE_NAME[lang]} text of the paragraph; quote the speech`);
    }
  }
}

function checkChartFigures(root: string, speech: SpeechIndex): void {
  for (const bar of readChartBars(root)) {
    const at = (message: string) => new ContentError(CHARTS_FILE, bar.line, `chart "${bar.chart}": ${message}`);
    const paragraphId = String(bar.paragraph);
    const paragraph = speech.paragraphs.get(paragraphId);
    if (!paragraph) throw at(`paragraph "${paragraphId}" does not exist in the speech`);
    for (const lang of LANGS) {
      if (!extractFigures(paragraph[lang]).includes(normaliseFigure(String(bar.value)))) {
        throw at(`value ${String(bar.value)} does not occur in the ${LANGUAGE_NAME[lang]} text of paragraph "${paragraphId}"`);
      }
    }
    const unstated = unstatedFigures(bar.label, paragraph, 'label');
    if (unstated) throw at(unstated);
  }
}

/**
 * Reads the content folder and fails with an editor-readable message (file and line) on anything that
 * would build a wrong or broken site: a missing translation, misaligned sections, an unknown programme,
 * a shared alias, a commitment or chart citing a missing paragraph or a figure the paragraph does not state.
 * @example checkContent(process.cwd())
 */
export function checkContent(root: string): CheckedContent {
  for (const file of [COMMITMENTS_FILE, CHARTS_FILE]) {
    if (!existsSync(path.join(root, file))) throw new ContentError(file, undefined, 'missing: the commitments page needs this file');
  }
  const speech = readSpeech(root);
  const programmes = readProgrammes(root);
  checkProgrammeMatches(speech, programmes);
  checkCommitments(root, speech, programmes);
  checkChartFigures(root, speech);
  return { speech, programmes };
}

