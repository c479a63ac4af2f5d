import { readGlossaryTerms } from '../build/glossary-records';
import type { GlossaryTerm } from '../lib/terms/glossary-schema';

export type { GlossaryTerm };

/**
 * The term glossary, in file order (checked by the build: src/build/glossary-records.ts).
 * @example glossary().find((g) => g.ru === 'аким')?.kk // 'әкім'
 */
export function glossary(root = process.cwd()): GlossaryTerm[] {
  return readGlossaryTerms(root);
}

/**
 * The glossary without interface-only terms: the pairs that name things in the speech and programmes.
 * @example contentGlossary().every((t) => t.scope !== 'ui') // true
 */
export function contentGlossary(root = process.cwd()): GlossaryTerm[] {
  return glossary(root).filter((term) => term.scope !== 'ui');
}
