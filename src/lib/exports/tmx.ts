import { LOCALES, otherLang } from '../languages';
import type { AlignedUnit } from './speech';
import { xmlText } from './xml';

/** What the TMX header says about the file. */
export interface TmxHeader {
  tool: string;
  toolVersion: string;
}

function unit(u: AlignedUnit): string {
  const original = u.original;
  const translation = otherLang(original);
  return [
    `    <tu tuid="${xmlText(u.id)}" srclang="${LOCALES[original]}">`,
    `      <prop type="x-original">${LOCALES[original]}</prop>`,
    `      <prop type="x-section">${xmlText(u.section)}</prop>`,
    `      <prop type="x-kind">${u.kind}</prop>`,
    `      <tuv xml:lang="${LOCALES[original]}"><seg>${xmlText(u.text[original])}</seg></tuv>`,
    `      <tuv xml:lang="${LOCALES[translation]}"><prop type="x-translation">Joldau</prop><seg>${xmlText(u.text[translation])}</seg></tuv>`,
    '    </tu>',
  ].join('\n');
}

/**
 * A TMX 1.4b translation memory: one unit per aligned text, `tuid` its id, the language it was
 * delivered in as the unit's source (and in an `x-original` prop), the site's translation marked `x-translation`.
 * @example speechTmx(alignedUnits(document), { tool: 'Joldau', toolVersion: '0.1.0' })
 */
export function speechTmx(units: ReadonlyArray<AlignedUnit>, header: TmxHeader): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${xmlText(header.tool)}" creationtoolversion="${xmlText(header.toolVersion)}" datatype="plaintext" segtype="paragraph" adminlang="en-US" srclang="*all*" o-tmf="${xmlText(header.tool)}"/>`,
    '  <body>',
    ...units.map(unit),
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
