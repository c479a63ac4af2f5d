import { LANGS, type Lang } from '../lib/languages';
import type { MentionPattern } from '../lib/mentions';
import { ContentError, lineOf, listCollection, type ContentFile } from './content-files';

/** What the build needs of a programme before Astro's content layer runs. */
export interface ProgrammeRef extends MentionPattern {
  name: string;
  file: string;
}

/** Programmes by language, as read from `content/programmes/{kk,ru}`. */
export type ProgrammeIndex = Record<Lang, ProgrammeRef[]>;

function strings(file: ContentFile, key: string): string[] {
  const value = file.data[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new ContentError(file.file, undefined, `"${key}" must be a list of texts, e.g. ${key}: ["Qoldaý", "Qoldau"]`);
  }
  return value as string[];
}

/**
 * Reads programme references and checks what links them together: the same slugs in both languages,
 * known related programmes, and no spelling claimed by two programmes.
 * @example readProgrammes(process.cwd()).ru.find((p) => p.slug === 'qoldau')?.match // ['Qoldaý']
 */
export function readProgrammes(root: string): ProgrammeIndex {
  const files = listCollection(root, 'programmes');
  const index: ProgrammeIndex = { kk: [], ru: [] };
  const slugs = new Set(files.map((f) => f.slug));
  for (const slug of slugs) {
    for (const lang of LANGS) {
      if (!files.some((f) => f.slug === slug && f.lang === lang)) {
        const other = lang === 'kk' ? 'ru' : 'kk';
        throw new ContentError(`content/programmes/${lang}/${slug}.mdx`, undefined, `missing: content/programmes/${other}/${slug}.mdx has no translation`);
      }
    }
  }
  const aliasOwner = new Map<string, string>();
  for (const file of files) {
    for (const related of strings(file, 'related')) {
      if (!slugs.has(related)) {
        throw new ContentError(file.file, lineOf(file, related), `related programme "${related}" does not exist; known programmes: ${[...slugs].sort().join(', ')}`);
      }
    }
    for (const alias of [...strings(file, 'aliases'), ...strings(file, 'match')]) {
      const key = alias.toLocaleLowerCase('ru');
      const owner = aliasOwner.get(key);
      if (owner && owner !== file.slug) {
        throw new ContentError(file.file, lineOf(file, alias), `alias "${alias}" is also an alias of programme "${owner}"; an alias must name one programme only`);
      }
      aliasOwner.set(key, file.slug);
    }
    index[file.lang].push({ slug: file.slug, file: file.file, name: String(file.data.name ?? file.slug), match: strings(file, 'match') });
  }
  return index;
}
