import { containsTerm, foundAs } from './match';

/** A Russian term and the one Kazakh rendering the site uses for it. */
export interface TermRule {
  ru: string;
  kk: string;
  /** Kazakh renderings of the same Russian term the site must not use (earlier or calqued ones). */
  avoid?: readonly string[];
  /**
   * `false` where the Russian word also stands in a sense the Kazakh term does not render (a verb, another
   * meaning): the term is then checked only against its `avoid` renderings. Otherwise, wherever the
   * Russian text has the term, the Kazakh text has the glossary's rendering.
   */
  check?: boolean;
}

/** The same text in both languages, and where an editor finds it. */
export interface AlignedText {
  /** File, and the key, paragraph id or line an editor looks for (`src/i18n/kk.json` + `nav.menu`). */
  file: string;
  where: string;
  line?: number | undefined;
  ru: string;
  kk: string;
}

/** A place where the Kazakh text renders a glossary term otherwise than the glossary does. */
export interface TermProblem {
  text: AlignedText;
  term: TermRule;
  /** The rendering found in the Kazakh text (an avoided one), or undefined when the name is missing. */
  found?: string | undefined;
}

/**
 * Every place where a Russian glossary term has a Kazakh rendering other than the glossary's: an avoided
 * rendering used for it, or the glossary's rendering missing from the Kazakh text.
 * @example termProblems([{ ru: 'опечатка', kk: 'қате жазылу', avoid: ['қате'] }], [{ file: 'kk.json', where: 'x', ru: 'Опечатки', kk: 'Қателер' }])[0]?.found // 'Қателер'
 */
export function termProblems(terms: readonly TermRule[], texts: readonly AlignedText[]): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const text of texts) {
    for (const term of terms) {
      if (!containsTerm(text.ru, term.ru, 'ru')) continue;
      const avoided = term.avoid?.find((variant) => containsTerm(text.kk, variant, 'kk') && !containsTerm(text.kk, term.kk, 'kk'));
      if (avoided) problems.push({ text, term, found: foundAs(text.kk, avoided, 'kk') });
      else if (term.check !== false && !containsTerm(text.kk, term.kk, 'kk')) problems.push({ text, term });
    }
  }
  return problems;
}

const EXCERPT = 90;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

/**
 * An editor's message for a term problem: where, the Russian term, both Kazakh renderings.
 * @example describeTermProblem({ text: { file: 'src/i18n/kk.json', where: 'corrections.title', ru: 'Опечатки', kk: 'Қателер' }, term: { ru: 'опечатка', kk: 'қате жазылу' }, found: 'Қателер' })
 */
export function describeTermProblem({ text, term, found }: TermProblem): string {
  const place = `${text.line ? `${text.file}:${text.line}` : text.file} (${text.where})`;
  return found
    ? `${place}: «${term.ru}» is rendered «${found}» here, but «${term.kk}» elsewhere on the site (content/glossary.yaml); write «${term.kk}»`
    : `${place}: «${term.ru}» is rendered otherwise here than «${term.kk}» (content/glossary.yaml): the Kazakh reads «${excerpt(text.kk)}»; write «${term.kk}»`;
}
