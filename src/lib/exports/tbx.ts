import { LANGS, LOCALES, type Lang } from '../languages';
import { xmlText } from './xml';

/** A glossary entry as the TBX file needs it: the term in each language and an optional note. */
export interface TermPair {
  kk: string;
  ru: string;
  note?: string | undefined;
}

function entry(term: TermPair, index: number): string {
  const langSet = (lang: Lang) => `      <langSet xml:lang="${LOCALES[lang]}"><tig><term>${xmlText(term[lang])}</term></tig></langSet>`;
  return [
    `    <termEntry id="term-${index + 1}">`,
    ...(term.note ? [`      <note>${xmlText(term.note)}</note>`] : []),
    ...LANGS.map(langSet),
    '    </termEntry>',
  ].join('\n');
}

/**
 * The glossary as TBX-Basic (ISO 30042, the `martif` form that OmegaT, memoQ and translate-toolkit read):
 * one concept entry per term pair, Kazakh and Russian terms in their own language sections.
 * @example glossaryTbx([{ kk: 'Жолдау', ru: 'Послание' }], 'Joldau glossary').includes('<term>Жолдау</term>') // true
 */
export function glossaryTbx(terms: ReadonlyArray<TermPair>, title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    `    <fileDesc><titleStmt><title>${xmlText(title)}</title></titleStmt><sourceDesc><p>content/glossary.yaml</p></sourceDesc></fileDesc>`,
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...terms.map(entry),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}
