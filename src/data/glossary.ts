import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One kk↔ru term pair of `content/glossary.yaml`. */
export interface GlossaryTerm {
  ru: string;
  kk: string;
  note?: string;
  /** Names whose Kazakh form must appear wherever the Russian one does (tests/glossary.test.ts). */
  check?: boolean;
}

/**
 * The term glossary, in file order.
 * @example glossary().find((g) => g.ru === 'аким')?.kk // 'әкім'
 */
export function glossary(root = process.cwd()): GlossaryTerm[] {
  const data = parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as { terms: GlossaryTerm[] };
  return data.terms;
}
