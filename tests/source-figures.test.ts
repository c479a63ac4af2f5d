import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractFigures } from '../src/lib/figures';
import { LANGS } from '../src/lib/languages';
import { sectionPath } from '../src/lib/speech-sections';
import { builtHtml } from './helpers/dist';
import { sourceSections } from './helpers/source';

function mainText(url: string): string {
  const { document } = parseHTML(builtHtml(url));
  return document.querySelector('main')?.textContent ?? '';
}

describe('every figure of the source is on both language pages of its section', () => {
  const sections = [...sourceSections()];

  it('finds the source cut into six sections, with figures', () => {
    expect(sections.map(([slug]) => slug)).toEqual(['index', 'state', 'security', 'economy', 'social', 'regions']);
    expect(sections.flatMap(([, text]) => extractFigures(text)).length).toBeGreaterThan(50);
  });

  for (const [slug, text] of sections) {
    const figures = [...new Set(extractFigures(text))];
    it(`${slug}: ${figures.length} figures`, () => {
      for (const lang of LANGS) {
        const onPage = new Set(extractFigures(mainText(sectionPath(lang, slug))));
        const missing = figures.filter((f) => !onPage.has(f));
        expect(missing, `${lang} ${slug} is missing figures`).toEqual([]);
      }
    });
  }
});
