import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Root } from 'mdast';
import { LANGS, type Lang } from '../lib/languages.ts';

/** Build-time error about a content file that an editor can act on. */
export class ContentError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${line ? `${file}:${line}` : file}: ${message}`);
    this.name = 'ContentError';
  }
}

/**
 * Every content error of one run, to report them all at once: a check that can go on after a bad record
 * collects its errors and throws this at the end, and the checks of other files run all the same.
 */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = [...errors];
  }
}

/** Collects the content errors of independent checks; other errors (bugs of the code) are not caught. */
export interface ContentErrorCollector {
  /** Runs one check; its content errors are kept and `undefined` is returned instead of its result. */
  check: <T>(run: () => T) => T | undefined;
  /** Throws every collected error as one `ContentErrors`, if any. */
  throwIfAny: () => void;
  readonly errors: readonly ContentError[];
}

/**
 * A collector for the checks of one run, so that an editor sees every content error at once.
 * @example const found = collectContentErrors(); found.check(() => checkNames(root)); found.check(() => checkCharts(root)); found.throwIfAny();
 */
export function collectContentErrors(): ContentErrorCollector {
  const errors: ContentError[] = [];
  return {
    errors,
    check: (run) => {
      try {
        return run();
      } catch (error) {
        if (error instanceof ContentErrors) errors.push(...error.errors);
        else if (error instanceof ContentError) errors.push(error);
        else throw error;
        return undefined;
      }
    },
    throwIfAny: () => {
      if (errors.length > 0) throw new ContentErrors(errors);
    },
  };
}

/**
 * The build's report of content errors for an editor: each on its own line (file:line: what to write),
 * with no trace of the code.
 * @example contentErrorReport(new ContentErrors([new ContentError('content/names.yaml', 9, '"x": kk: required')]))
 */
export function contentErrorReport(error: ContentErrors | ContentError): string {
  const errors = error instanceof ContentErrors ? error.errors : [error];
  const heading = errors.length === 1 ? '1 content error' : `${errors.length} content errors`;
  return `\n${heading}: fix ${errors.length === 1 ? 'it' : 'each'} in the file named, then build again.\n\n${errors.map((e) => `  ${e.message}`).join('\n\n')}\n`;
}

/** A content file split into its frontmatter data and Markdown body. */
export interface ContentFile {
  /** Path relative to the project root, as shown to editors. */
  file: string;
  lang: Lang;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** Number of lines before the body starts, to report body lines as file lines. */
  bodyOffset: number;
  /** The whole file, to point editors at the line of a value. */
  text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads one MDX file of a collection, with frontmatter parsed as YAML.
 * @example readContentFile('/repo', 'content/speech/ru/state.mdx').data.title
 */
export function readContentFile(root: string, file: string): ContentFile {
  const text = readFileSync(path.join(root, file), 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new ContentError(file, 1, 'the file must start with a frontmatter block between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : undefined;
    throw new ContentError(file, line, `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object') throw new ContentError(file, 2, 'the frontmatter must be a set of "key: value" lines');
  const parts = file.split('/');
  return {
    file,
    lang: parts.at(-2) as Lang,
    slug: path.basename(file, '.mdx'),
    data: data as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyOffset: match[0].split('\n').length - 1,
    text,
  };
}

/**
 * All MDX files of a collection folder (`content/{name}/{kk,ru}/*.mdx`), Kazakh first, by slug.
 * @example listCollection('/repo', 'programmes').map((f) => f.file)
 */
export function listCollection(root: string, name: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const lang of LANGS) {
    const dir = path.join(root, 'content', name, lang);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of names.filter((n) => n.endsWith('.mdx')).sort()) {
      files.push(readContentFile(root, `content/${name}/${lang}/${entry}`));
    }
  }
  return files;
}

/**
 * Parses a Markdown body with lines counted from the top of its file.
 * @example parseBody(readContentFile(root, 'content/speech/ru/state.mdx'))
 */
export function parseBody(content: ContentFile): Root {
  const tree = fromMarkdown(content.body);
  for (const node of tree.children) {
    if (node.position) {
      node.position.start.line += content.bodyOffset;
      node.position.end.line += content.bodyOffset;
    }
  }
  return tree;
}

/**
 * The first line of a content file that contains a text, for error messages.
 * @example lineOf(file, 'almaty-finance') // 7
 */
export function lineOf(file: Pick<ContentFile, 'text'>, needle: string): number | undefined {
  const index = file.text.indexOf(needle);
  return index < 0 ? undefined : file.text.slice(0, index).split('\n').length;
}
