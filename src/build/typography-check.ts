import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isPair, isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { fixText, lintText, showSpaces } from '../lib/typography/lint.ts';
import { ContentError } from './content-files.ts';

// Only text a reader sees is checked: values with Cyrillic letters (ids, dates, URLs and Latin names have
// none), never the corrections' `source`, which quotes the speech as delivered, typos and all, nor the
// `title` and `publisher` of an assessment's sources, which are cited as published.
const CYRILLIC = /[а-яёәғқңөұүһі]/i;
const SENTENCE_RULES = new Set(['sentence-figure']);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
// Parts of a Markdown line that are not prose: link targets, autolinks, tags and inline code.
const NOT_PROSE = /\]\([^)]*\)|<[^>]*>|`[^`]*`/g;

/** A stretch of a file's own characters that readers see as text. */
interface TextSpan {
  start: number;
  end: number;
  /** Running sentences of ours, which the sentence rules apply to (not names, labels or the speech as delivered). */
  prose: boolean;
}

// Fields that hold names, labels, headings or a promise's wording, not running sentences: «112 бірыңғай
// шұғыл қызметі» is a name, «2,3 млн адам» a label.
const NOT_SENTENCES = new Set(['title', 'name', 'fullName', 'label', 'unit', 'text', 'deadlineText', 'responsible', 'aliases', 'match', 'value', 'terms', 'corrected', 'source']);
// The speech as delivered (the Russian body, the Kazakh opening) is quoted, never rephrased.
const DELIVERED = /^content\/speech\/(ru\/(state|security|economy|social|regions)|kk\/index)\.mdx$/;

// The field a YAML value belongs to: its key, or the key above a `kk:`/`ru:` pair.
function fieldOf(ancestors: readonly unknown[]): string {
  const keys = ancestors.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  return keys.filter((key) => key !== 'kk' && key !== 'ru').at(-1) ?? '';
}

/** One typography problem, where an editor finds it. */
export interface TypographyProblem {
  file: string;
  line: number;
  rule: string;
  description: string;
  found: string;
  fixed?: string | undefined;
}

function isVerbatimQuote(ancestors: readonly unknown[]): boolean {
  const keys = ancestors.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  const last = keys.at(-1);
  return (last === 'source' && keys.includes('corrections')) || ((last === 'title' || last === 'publisher') && keys.includes('sources'));
}

// A YAML scalar's own characters, inside its quotes; escapes stay as written, which the rules allow for.
function scalarSpan(node: Scalar, offset: number): Omit<TextSpan, 'prose'> | undefined {
  const [start, end] = node.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return { start: offset + start + (quoted ? 1 : 0), end: offset + end - (quoted ? 1 : 0) };
}

function yamlSpans(source: string, offset: number): TextSpan[] {
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return []; // The content checks report invalid YAML with its line.
  const spans: TextSpan[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !CYRILLIC.test(node.value)) return;
      if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || isVerbatimQuote(ancestors)) return;
      const span = scalarSpan(node, offset);
      if (span) spans.push({ ...span, prose: !NOT_SENTENCES.has(fieldOf(ancestors)) });
    },
  });
  return spans;
}

function markdownSpans(body: string, offset: number, prose: boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  let position = offset;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && CYRILLIC.test(line)) {
      let last = 0;
      for (const m of line.matchAll(NOT_PROSE)) {
        spans.push({ start: position + last, end: position + m.index, prose });
        last = m.index + m[0].length;
      }
      spans.push({ start: position + last, end: position + line.length, prose: prose && !/^\s*#/.test(line) });
    }
    position += line.length + 1;
  }
  return spans;
}

function jsonStringSpans(text: string): TextSpan[] {
  // One "key": "value" a line, as src/i18n/*.json is written.
  return [...text.matchAll(/^\s*"[^"]+":\s*"((?:[^"\\]|\\.)*)"/gm)]
    .filter((m) => CYRILLIC.test(m[1]!))
    .map((m) => {
      const start = m.index + m[0].length - m[1]!.length - 1;
      return { start, end: start + m[1]!.length, prose: true };
    });
}

/** The spans of reader-facing text of one file, by its kind. */
function textSpans(file: string, text: string): TextSpan[] {
  if (file.endsWith('.json')) return jsonStringSpans(text);
  if (file.endsWith('.yaml')) return yamlSpans(text, 0);
  const front = FRONTMATTER.exec(text);
  const prose = !DELIVERED.test(file);
  if (!front) return markdownSpans(text, 0, prose);
  const yamlStart = text.indexOf(front[1]!);
  return [...yamlSpans(front[1]!, yamlStart), ...markdownSpans(text.slice(front[0].length), front[0].length, prose)];
}

function filesIn(root: string, dir: string, extensions: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return relative === 'content/source' ? [] : filesIn(root, relative, extensions);
      return extensions.some((ext) => entry.name.endsWith(ext)) ? [relative] : [];
    });
}

/**
 * The files whose text follows the site's typography: content (the speech as delivered excepted) and the
 * interface strings.
 * @example typographyFiles(process.cwd()).includes('content/speech/ru/economy.mdx') // true
 */
export function typographyFiles(root: string): string[] {
  return [...filesIn(root, 'content', ['.mdx', '.yaml']), ...filesIn(root, 'src/i18n', ['.json'])];
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Every typography problem of one file's text.
 * @example lintFile('content/x.yaml', 'a: "в 4-5 лет"\n')[0]?.line // 1
 */
export function lintFile(file: string, text: string): TypographyProblem[] {
  return textSpans(file, text).flatMap((span) =>
    lintText(text.slice(span.start, span.end))
      .filter((issue) => span.prose || !SENTENCE_RULES.has(issue.rule))
      .map((issue) => ({
      file,
      line: lineAt(text, span.start + issue.index),
      rule: issue.rule,
      description: issue.description,
      found: issue.found,
      fixed: issue.fixed,
    })),
  );
}

/**
 * One file's text with every typography rule applied where readers see it.
 * @example fixFile('content/x.yaml', 'a: "в 4-5 лет"\n') // 'a: "в 4–5 лет"\n'
 */
export function fixFile(file: string, text: string): string {
  let fixed = text;
  // From the end, so that the offsets of the spans before stay right.
  for (const span of textSpans(file, text).sort((a, b) => b.start - a.start)) {
    fixed = fixed.slice(0, span.start) + fixText(fixed.slice(span.start, span.end)) + fixed.slice(span.end);
  }
  return fixed;
}

const SHOWN = 25;

/**
 * Fails with every problem (file, line, rule, what to write) when a content file breaks the site's
 * typography; `npm run fix:typography` applies the fixes.
 * @example checkTypography(process.cwd())
 */
export function checkTypography(root: string): void {
  const problems = typographyFiles(root).flatMap((file) => lintFile(file, readFileSync(path.join(root, file), 'utf8')));
  if (problems.length === 0) return;
  const lines = problems
    .slice(0, SHOWN)
    .map((p) => `  ${p.file}:${p.line}: ${p.rule}: «${showSpaces(p.found)}» → ${p.fixed === undefined ? 'rephrase' : `write «${showSpaces(p.fixed)}»`} (${p.description})`);
  const more = problems.length > SHOWN ? [`  … and ${problems.length - SHOWN} more`] : [];
  const first = problems[0]!;
  throw new ContentError(
    first.file,
    first.line,
    [`typography: ${problems.length} place(s) to fix (⍽ is a no-break space):`, ...lines, ...more, 'Run "npm run fix:typography" to fix all but the rephrasings in place, then check the diff.'].join('\n'),
  );
}

/**
 * Applies the typography rules to every file in place; returns the files it changed.
 * @example fixTypography(process.cwd()) // ['content/speech/ru/economy.mdx']
 */
export function fixTypography(root: string): string[] {
  const changed: string[] = [];
  for (const file of typographyFiles(root)) {
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8');
    const fixed = fixFile(file, text);
    if (fixed !== text) {
      writeFileSync(full, fixed);
      changed.push(file);
    }
  }
  return changed;
}
