import { z } from 'astro/zod';
import { ContentError } from '../build/content-files';
import { readYamlFile } from '../build/yaml-records';

const GLOSSARY_FILE = 'content/glossary.yaml';

// An official name says where its Kazakh form was read, or that no such page was found: never both,
// never neither, so the next editor knows whether the form is verified.
const termSchema = z
  .object({
    ru: z.string().min(1),
    kk: z.string().min(1),
    note: z.string().optional(),
    check: z.boolean().optional(),
    official: z.boolean().optional(),
    source: z.url().optional(),
    sourceNotFound: z.string().min(1).optional(),
    /** Further pages a `note` cites (URLs stay out of the note's text). */
    seeAlso: z.array(z.url()).optional(),
    scope: z.enum(['ui']).optional(),
  })
  .strict()
  .superRefine((term, ctx) => {
    if (term.official && (term.source === undefined) === (term.sourceNotFound === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['official'], message: 'an official name needs either `source` (the URL where its Kazakh form is published) or `sourceNotFound` (what was searched)' });
    }
    if (!term.official && (term.source !== undefined || term.sourceNotFound !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: '`source` and `sourceNotFound` belong to official names: add `official: true` or remove them' });
    }
  });

/** One kk↔ru term pair of `content/glossary.yaml`. */
export type GlossaryTerm = z.output<typeof termSchema>;

/**
 * The term glossary, in file order; a bad entry fails with the file and line.
 * `scope: 'ui'` marks interface terms; `official` names carry `source` or `sourceNotFound`.
 * @example glossary().find((g) => g.ru === 'аким')?.kk // 'әкім'
 */
export function glossary(root = process.cwd()): GlossaryTerm[] {
  const yaml = readYamlFile(root, GLOSSARY_FILE);
  const terms = (yaml.doc.toJS() as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) throw new ContentError(GLOSSARY_FILE, 1, 'needs a `terms:` list');
  return terms.map((term, index) => {
    const parsed = termSchema.safeParse(term);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new ContentError(GLOSSARY_FILE, yaml.lineAt(['terms', index, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))]), `term ${index + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  });
}

/**
 * The glossary without interface-only terms: the pairs that name things in the speech and programmes.
 * @example contentGlossary().every((t) => t.scope !== 'ui') // true
 */
export function contentGlossary(root = process.cwd()): GlossaryTerm[] {
  return glossary(root).filter((term) => term.scope !== 'ui');
}
