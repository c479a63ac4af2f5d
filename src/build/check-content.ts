import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractFigures, normaliseFigure } from '../lib/figures';
import { LANGS } from '../lib/languages';
import { sectionOfParagraph, PRIORITY_SLUGS } from '../lib/speech-sections';
import { COMMITMENTS_FILE, readCommitmentRecords } from './commitment-records';
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
      const wanted = normaliseFigure(String(value));
      if (!extractFigures(paragraph.ru).includes(wanted)) {
        throw at(`quantity ${String(value)} does not occur in the text of paragraph "${paragraphId}"`);
      }
    }
  }
}

/**
 * Reads the content folder and fails with an editor-readable message (file and line) on anything that
 * would build a wrong or broken site: a missing translation, misaligned sections, an unknown programme,
 * a shared alias, a commitment citing a missing paragraph or a quantity the paragraph does not state.
 * @example checkContent(process.cwd())
 */
export function checkContent(root: string): CheckedContent {
  if (!existsSync(path.join(root, COMMITMENTS_FILE))) throw new ContentError(COMMITMENTS_FILE, undefined, 'missing: the list of commitments is required');
  const speech = readSpeech(root);
  const programmes = readProgrammes(root);
  checkProgrammeMatches(speech, programmes);
  checkCommitments(root, speech, programmes);
  return { speech, programmes };
}

