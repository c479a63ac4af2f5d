import { isMap, isSeq } from 'yaml';
import { glossaryTermSchema, type GlossaryTerm } from '../lib/terms/glossary-schema';
import { ContentError } from './content-files';
import { readYamlFile } from './yaml-records';

export const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * The glossary's terms in file order, each checked; a bad entry fails with the file and line.
 * @example readGlossaryTerms(process.cwd()).find((t) => t.ru === 'аким')?.kk // 'әкім'
 */
export function readGlossaryTerms(root: string): GlossaryTerm[] {
  const yaml = readYamlFile(root, GLOSSARY_FILE);
  const terms = yaml.doc.get('terms', true);
  if (!isSeq(terms)) throw new ContentError(GLOSSARY_FILE, yaml.lineAt(['terms']), 'needs a "terms:" list of entries, each "- { ru: …, kk: … }"');
  return terms.items.map((item, i) => {
    const parsed = glossaryTermSchema.safeParse(isMap(item) ? item.toJSON() : item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new ContentError(GLOSSARY_FILE, yaml.lineAt(['terms', i, ...(issue.path as Array<string | number>)]), `term ${i + 1}: ${field}${issue.message}`);
  });
}
