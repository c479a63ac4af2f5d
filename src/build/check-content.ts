import { existsSync } from 'node:fs';
import path from 'node:path';
import { bySpeechOrder } from '@/lib/commitments/order';
import { SPEECH_YEAR } from '@/lib/commitments/deadline';
import type { Commitment } from '@/lib/commitments/schema';
import type { Localized } from '@/lib/languages';
import { createMentionMatcher } from '../lib/mentions';
import { extractFigures, figuresNotIn, normaliseFigure } from '../lib/figures';
import { LANGS, type Lang } from '../lib/languages';
import { sectionOfParagraph, PRIORITY_SLUGS } from '../lib/speech-sections';
import { readAssessments } from './assessment-records';
import { CHARTS_FILE, readChartRecords } from './chart-records';
import { COMMITMENTS_FILE, readCommitmentRecords } from './commitment-records';
import { collectContentErrors, ContentError } from './content-files';
import { readNameRecords } from './name-records';
import { readSearchTermRecords } from './search-term-records';
import { readProgrammes, type ProgrammeIndex } from './programme-index';
import { readSpeech, type SpeechIndex } from './speech-index';
import { checkTerms } from './term-check';
import { checkTypography } from './typography-check';

/** Everything the content checks read, for the plugins that need the same data. */
export interface CheckedContent {
  speech: SpeechIndex;
  programmes: ProgrammeIndex;
}

// One pass over the speech per language finds every name at once (each name is its own key), so the
// check stays linear however many programmes there are; a name is found only where it could be linked.
function checkProgrammeMatches(speech: SpeechIndex, programmes: ProgrammeIndex): void {
  const found = collectContentErrors();
  for (const lang of LANGS) {
    const names = programmes[lang].flatMap((p) => p.match.map((needle) => ({ slug: needle, match: [needle] })));
    const text = [...speech.paragraphs.values()].map((p) => p[lang]).join('\n');
    const matched = new Set(createMentionMatcher(names).find(text).map((m) => m.slug));
    for (const programme of programmes[lang]) {
      for (const needle of programme.match) {
        if (!matched.has(needle)) {
          found.check(() => {
            throw new ContentError(programme.file, undefined, `match "${needle}" does not occur at the start of a word in the ${LANGUAGE_NAME[lang]} speech text; use the exact spelling of the speech, or remove it`);
          });
        }
      }
    }
  }
  found.throwIfAny();
}

const LANGUAGE_NAME: Record<Lang, string> = { kk: 'Kazakh', ru: 'Russian' };

type Paragraph = Record<Lang, string>;

/** Why a text states figures its paragraph does not give, or undefined when every figure is there. */
function unstatedFigures(texts: Localized | undefined, paragraph: Paragraph, what: string): string | undefined {
  for (const lang of LANGS) {
    const missing = figuresNotIn(texts?.[lang] ?? '', paragraph[lang]);
    if (missing.length > 0) return `the ${LANGUAGE_NAME[lang]} ${what} states ${missing.join(', ')}, which the paragraph does not`;
  }
  return undefined;
}

/** Why a value is not stated in both languages of its paragraph, or undefined when it is. */
function unstatedValue(value: number, paragraph: Paragraph, paragraphId: string): string | undefined {
  const lang = LANGS.find((l) => !extractFigures(paragraph[l]).includes(normaliseFigure(String(value))));
  return lang && `${String(value)} does not occur in the ${LANGUAGE_NAME[lang]} text of paragraph "${paragraphId}"`;
}

function paragraphOf(speech: SpeechIndex, paragraphId: string, at: (message: string) => ContentError): Paragraph {
  const paragraph = speech.paragraphs.get(paragraphId);
  if (!paragraph) throw at(`paragraph "${paragraphId}" does not exist in the speech`);
  return paragraph;
}

function checkCommitments(commitments: ReturnType<typeof readCommitmentRecords>, speech: SpeechIndex, programmes: ProgrammeIndex): void {
  const slugs = new Set(programmes.ru.map((p) => p.slug));
  let previous: Commitment | undefined;
  const found = collectContentErrors();
  for (const { id, data, lineAt } of commitments) found.check(() => {
    const at = (message: string, field: string[] = []) => new ContentError(COMMITMENTS_FILE, lineAt(field), `commitment "${id}": ${message}`);
    if (previous && bySpeechOrder(previous, data) > 0) {
      throw at(`comes after "${previous.id}" in the file but before it in the speech; keep the file in speech order (priority, then paragraph)`);
    }
    const paragraph = paragraphOf(speech, data.paragraph, (m) => at(m, ['paragraph']));
    // Only a record whose paragraph exists sets the order the next must follow: one wrong id is one error.
    previous = { ...data, id };
    const expectedPriority = (PRIORITY_SLUGS as string[]).indexOf(sectionOfParagraph(data.paragraph)) + 1;
    if (data.priority !== expectedPriority) {
      throw at(`priority ${data.priority} does not match its paragraph "${data.paragraph}" (priority ${expectedPriority})`, ['priority']);
    }
    const unknown = data.programmes.find((slug) => !slugs.has(slug));
    if (unknown) throw at(`unknown programme "${unknown}"`, ['programmes']);
    const quantity = data.quantity && unstatedValue(data.quantity.value, paragraph, data.paragraph);
    if (quantity) throw at(`quantity ${quantity}`, ['quantity', 'value']);
    const unstated =
      unstatedFigures(data.text, paragraph, 'text') ?? unstatedFigures(data.quantity?.unit, paragraph, 'unit') ?? unstatedFigures(data.deadlineText, paragraph, 'deadline wording');
    if (unstated) throw at(unstated);
    const deadline = deadlineProblem(data, paragraph);
    if (deadline) throw at(deadline, ['deadline']);
  });
  found.throwIfAny();
}

function deadlineProblem({ deadline, deadlineText }: Pick<Commitment, 'deadline' | 'deadlineText'>, paragraph: Paragraph): string | undefined {
  if (deadline !== undefined && deadlineText === undefined) return `deadline "${deadline}" needs "deadlineText": the speech's own words for it, in both languages`;
  if (deadline !== undefined && Number(deadline.slice(0, 4)) < SPEECH_YEAR) return `deadline "${deadline}" is before the speech (${SPEECH_YEAR})`;
  const lang = LANGS.find((l) => deadlineText && !paragraph[l].toLocaleLowerCase(l).includes(deadlineText[l].toLocaleLowerCase(l)));
  return lang && `deadline wording "${deadlineText![lang]}" does not occur in the ${LANGUAGE_NAME[lang]} text of the paragraph; quote the speech`;
}

function checkChartFigures(root: string, speech: SpeechIndex): void {
  const found = collectContentErrors();
  for (const { id, data, lineAt } of readChartRecords(root)) {
    data.groups.forEach((group, g) =>
      group.bars.forEach((bar, b) => found.check(() => {
        const at = (message: string) => new ContentError(CHARTS_FILE, lineAt(['groups', g, 'bars', b]), `chart "${id}": ${message}`);
        const paragraph = paragraphOf(speech, bar.paragraph, at);
        const value = unstatedValue(bar.value, paragraph, bar.paragraph);
        const problem = value ? `value ${value}` : unstatedFigures(bar.label, paragraph, 'label');
        if (problem) throw at(problem);
      })),
    );
  }
  found.throwIfAny();
}

/**
 * Reads the content folder and fails with an editor-readable message (file and line) on anything that
 * would build a wrong or broken site: a missing translation, misaligned sections, an unknown programme,
 * a shared alias, a commitment or chart citing a missing paragraph or a figure the paragraph does not state,
 * text that breaks the site's typography, a Russian term with another Kazakh rendering than the glossary's,
 * an assessment record that breaks a rule of the format (every problem of the assessments at once).
 * @example checkContent(process.cwd())
 */
export function checkContent(root: string): CheckedContent {
  // Every check that can run does, so that the editor gets every content error of the run at once; a
  // check that needs what a failed one reads waits for the next run.
  const found = collectContentErrors();
  const present = [COMMITMENTS_FILE, CHARTS_FILE].filter((file) =>
    found.check(() => {
      if (!existsSync(path.join(root, file))) throw new ContentError(file, undefined, 'missing: the commitments page needs this file');
      return true;
    }),
  );
  const speech = found.check(() => readSpeech(root));
  const programmes = found.check(() => readProgrammes(root));
  found.check(() => checkTypography(root));
  if (speech && programmes) found.check(() => checkProgrammeMatches(speech, programmes));
  const commitments = present.includes(COMMITMENTS_FILE) ? found.check(() => readCommitmentRecords(root)) : undefined;
  if (speech && programmes && commitments) found.check(() => checkCommitments(commitments, speech, programmes));
  if (speech && present.includes(CHARTS_FILE)) found.check(() => checkChartFigures(root, speech));
  if (speech) found.check(() => checkTerms(root, speech));
  if (commitments && programmes) found.check(() => readAssessments(root, { commitmentIds: new Set(commitments.map((r) => r.id)), programmeSlugs: new Set(programmes.ru.map((p) => p.slug)) }));
  found.check(() => readNameRecords(root));
  found.check(() => readSearchTermRecords(root));
  found.throwIfAny();
  return { speech: speech!, programmes: programmes! };
}

