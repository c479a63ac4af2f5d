import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeTermProblem, termProblems, type AlignedText, type TermProblem } from '../lib/terms/consistency';
import { readGlossaryTerms } from './glossary-records';
import { readChartRecords, CHARTS_FILE } from './chart-records';
import { readCommitmentRecords, COMMITMENTS_FILE } from './commitment-records';
import { ASSESSMENTS_DIR } from './assessment-records';
import { existsSync, readdirSync } from 'node:fs';
import { isSeq } from 'yaml';
import { ContentError, listCollection, lineOf } from './content-files';
import { readYamlFile } from './yaml-records';
import type { SpeechIndex } from './speech-index';

const UI_FILES = { kk: 'src/i18n/kk.json', ru: 'src/i18n/ru.json' } as const;

type Localized = { kk: string; ru: string };

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

// A content folder checked on its own (tests copy content/ alone) has no interface strings to pair.
function interfaceTexts(root: string): AlignedText[] {
  if (!existsSync(path.join(root, UI_FILES.kk)) || !existsSync(path.join(root, UI_FILES.ru))) return [];
  const [kk, ru] = (['kk', 'ru'] as const).map((lang) => flatten(JSON.parse(readFileSync(path.join(root, UI_FILES[lang]), 'utf8'))));
  const kkText = readFileSync(path.join(root, UI_FILES.kk), 'utf8');
  return [...kk!].flatMap(([key, value]) => {
    const russian = ru!.get(key);
    if (russian === undefined) return [];
    return [{ file: UI_FILES.kk, where: key, line: lineOf({ text: kkText }, `"${key.split('.').at(-1)}": ${JSON.stringify(value)}`), ru: russian, kk: value }];
  });
}

function speechTexts(speech: SpeechIndex): AlignedText[] {
  const files = new Map(speech.sections.map((section) => [section.slug, section.files.kk]));
  return [...speech.paragraphs].flatMap(([id, text]) => {
    const kk = files.get(id.replace(/-\d+$/, ''));
    return kk ? [{ file: kk.file, where: `paragraph ${id}`, line: lineOf(kk, text.kk.slice(0, 40)), ...text }] : [];
  });
}

function frontmatterStrings(data: Record<string, unknown>): string {
  return [...flatten(data).values()].join('\n');
}

function programmeTexts(root: string): AlignedText[] {
  const files = listCollection(root, 'programmes');
  return files
    .filter((f) => f.lang === 'kk')
    .flatMap((kk) => {
      const ru = files.find((f) => f.lang === 'ru' && f.slug === kk.slug);
      if (!ru) return [];
      return [{ file: kk.file, where: `programme ${kk.slug}`, ru: `${frontmatterStrings(ru.data)}\n${ru.body}`, kk: `${frontmatterStrings(kk.data)}\n${kk.body}` }];
    });
}

function localizedPairs(file: string, id: string, fields: Record<string, Localized | undefined>, lineAt: (at: string[]) => number): AlignedText[] {
  return Object.entries(fields).flatMap(([field, value]) => (value ? [{ file, where: `${id} ${field}`, line: lineAt([...field.split('.'), 'kk']), ...value }] : []));
}

function recordTexts(root: string): AlignedText[] {
  const commitments = readCommitmentRecords(root).flatMap(({ id, data, lineAt }) =>
    localizedPairs(COMMITMENTS_FILE, id, { text: data.text, deadlineText: data.deadlineText, responsible: data.responsible, 'quantity.unit': data.quantity?.unit }, lineAt),
  );
  const charts = readChartRecords(root).flatMap(({ id, data, lineAt }) =>
    data.groups.flatMap((group, g) => [
      ...localizedPairs(CHARTS_FILE, id, { [`groups.${g}.title`]: group.title }, lineAt),
      ...group.bars.flatMap((bar, b) => localizedPairs(CHARTS_FILE, id, { [`groups.${g}.bars.${b}.label`]: bar.label }, lineAt)),
    ]),
  );
  return [...commitments, ...charts];
}

function isLocalized(value: unknown): value is Localized {
  return typeof value === 'object' && value !== null && typeof (value as Localized).kk === 'string' && typeof (value as Localized).ru === 'string';
}

// The notes and replacements of `content/assessments/<id>.yaml`; the assessment check reports files it cannot read.
function assessmentTexts(root: string): AlignedText[] {
  const dir = path.join(root, ASSESSMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = `${ASSESSMENTS_DIR}/${name}`;
      const yaml = readYamlFile(root, file);
      const list = yaml.doc.contents;
      if (!isSeq(list)) return [];
      return list.items.flatMap((item, i) => {
        const record = (item as { toJSON?: () => unknown }).toJSON?.() as { note?: unknown; replacedBy?: { name?: unknown } } | undefined;
        const fields: Record<string, Localized | undefined> = {
          note: isLocalized(record?.note) ? record.note : undefined,
          'replacedBy.name': isLocalized(record?.replacedBy?.name) ? record.replacedBy.name : undefined,
        };
        return localizedPairs(file, `record ${i + 1}`, fields, (at) => yaml.lineAt([i, ...at]));
      });
    });
}

/**
 * Every text of the site in both languages, paired: interface strings by key, speech paragraphs by id,
 * programme pages by slug, commitments, charts and assessments by record and field.
 * @example alignedTexts(process.cwd(), speech).some((t) => t.where === 'nav.menu') // true
 */
export function alignedTexts(root: string, speech: SpeechIndex): AlignedText[] {
  return [...interfaceTexts(root), ...speechTexts(speech), ...programmeTexts(root), ...recordTexts(root), ...assessmentTexts(root)];
}

// The line of the Kazakh rendering found, where the pair itself has none (a whole programme page).
function withLine(root: string, problem: TermProblem): TermProblem {
  if (problem.text.line || !problem.found) return problem;
  const text = readFileSync(path.join(root, problem.text.file), 'utf8');
  return { ...problem, text: { ...problem.text, line: lineOf({ text }, problem.found) } };
}

/**
 * Fails, listing every place, when a Russian term of the glossary has another Kazakh rendering anywhere
 * on the site than the glossary's, or a name of the glossary is missing from the Kazakh text.
 * @example checkTerms(process.cwd(), readSpeech(process.cwd()))
 */
export function checkTerms(root: string, speech: SpeechIndex): void {
  const problems = termProblems(readGlossaryTerms(root), alignedTexts(root, speech)).map((p) => withLine(root, p));
  if (problems.length === 0) return;
  const first = problems[0]!;
  throw new ContentError(
    first.text.file,
    first.text.line,
    [`terms: ${problems.length} place(s) where a Russian term has another Kazakh rendering than the glossary's:`, ...problems.map((p) => `  ${describeTermProblem(p)}`)].join('\n'),
  );
}

