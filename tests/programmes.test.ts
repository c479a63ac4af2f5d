import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { listCollection } from '../src/build/content-files';
import { readProgrammes } from '../src/build/programme-index';
import { readSpeech } from '../src/build/speech-index';
import { extractFigures } from '../src/lib/figures';
import { LANGS } from '../src/lib/languages';
import { createMentionMatcher } from '../src/lib/mentions';
import { sectionPath } from '../src/lib/speech-sections';
import { remarkProgrammeLinks } from '../src/plugins/remark-programme-links';
import { builtHtml } from './helpers/dist';
import { sourceText } from './helpers/source';

const root = process.cwd();
const speech = readSpeech(root);
const programmes = readProgrammes(root);
const files = listCollection(root, 'programmes');

describe('programme content', () => {
  it('has every programme in both languages with the same slug', () => {
    const slugs = (lang: string) => files.filter((f) => f.lang === lang).map((f) => f.slug).sort();
    expect(slugs('kk')).toEqual(slugs('ru'));
    for (const slug of ['qoldau', 'bakytty-otbasy', 'almaty-zhastary']) expect(slugs('ru')).toContain(slug);
  });

  it('cites only paragraphs that exist', () => {
    for (const file of files) {
      for (const figure of (file.data.figures ?? []) as Array<{ paragraph: string }>) {
        expect(speech.paragraphs.has(figure.paragraph), `${file.file}: ${figure.paragraph}`).toBe(true);
      }
    }
  });

  it('states no number that the source does not contain (references to paragraphs aside)', () => {
    const sourceFigures = new Set(extractFigures(sourceText));
    for (const lang of LANGS) {
      for (const slug of new Set(files.map((f) => f.slug))) {
        const { document } = parseHTML(builtHtml(`/${lang}/programmes/${slug}/`));
        // The embed snippet ([data-embed-code]) is code with sizes in it, not a statement.
        for (const ref of document.querySelectorAll('main [data-ref], main [data-embed-code]')) ref.remove();
        const text = document.querySelector('main')?.textContent ?? '';
        const unknown = extractFigures(text).filter((f) => !sourceFigures.has(f));
        expect(unknown, `/${lang}/programmes/${slug}/`).toEqual([]);
      }
    }
  });

  it('names the priorities in the plural when a programme has more than one', () => {
    const label = (lang: string, slug: string) =>
      parseHTML(builtHtml(`/${lang}/programmes/${slug}/`)).document.querySelector('.programme__priorities')?.textContent?.split(':')[0]?.trim();
    expect(label('kk', 'bakytty-otbasy')).toBe('Басымдықтар');
    expect(label('kk', 'qoldau')).toBe('Басымдық');
    expect(label('ru', 'bakytty-otbasy')).toBe('Приоритеты');
    expect(label('ru', 'qoldau')).toBe('Приоритет');
  });
});

describe('cross-links between the speech and the programmes', () => {
  for (const lang of LANGS) {
    it(`${lang}: links every paragraph's first mention of each programme, and lists the mentions on its page`, () => {
      const matcher = createMentionMatcher(programmes[lang]);
      const expectedMentions = new Map<string, string[]>();
      let links = 0;
      for (const section of speech.sections) {
        const { document } = parseHTML(builtHtml(sectionPath(lang, section.slug)));
        for (const block of section.blocks[lang]) {
          if (block.kind !== 'paragraph') continue;
          const expected = matcher.find(block.text).map((m) => m.slug);
          const linked = [...document.querySelectorAll(`#${block.id} a.programme-link`)].map((a) => a.getAttribute('data-programme'));
          expect(linked, `${lang} ${block.id}`).toEqual(expected);
          for (const a of document.querySelectorAll(`#${block.id} a.programme-link`)) {
            expect(a.getAttribute('href')).toBe(`/${lang}/programmes/${a.getAttribute('data-programme')}/`);
          }
          for (const slug of expected) expectedMentions.set(slug, [...(expectedMentions.get(slug) ?? []), block.id!]);
          links += expected.length;
        }
        expect(document.querySelectorAll('h1 a, h2 a.programme-link, h3 a.programme-link').length).toBe(0);
      }
      expect(links).toBeGreaterThan(20);
      for (const programme of programmes[lang]) {
        const { document } = parseHTML(builtHtml(`/${lang}/programmes/${programme.slug}/`));
        const listed = [...document.querySelectorAll('[data-mention]')].map((a) => a.getAttribute('data-mention'));
        expect(listed, `${lang} ${programme.slug}`).toEqual(expectedMentions.get(programme.slug) ?? []);
        expect(listed.length, `${programme.slug} is never mentioned in ${lang}`).toBeGreaterThan(0);
      }
    });
  }

  it('shows related programmes both ways', () => {
    for (const file of files.filter((f) => f.lang === 'ru')) {
      for (const related of (file.data.related ?? []) as string[]) {
        const { document } = parseHTML(builtHtml(`/ru/programmes/${related}/`));
        const hrefs = [...document.querySelectorAll('#related-title ~ ul a')].map((a) => a.getAttribute('href'));
        expect(hrefs, `${related} should list ${file.slug}`).toContain(`/ru/programmes/${file.slug}/`);
      }
    }
  });
});

describe('the programme link plugin', () => {
  const render = (markdown: string, path = '/repo/content/speech/ru/economy.mdx') =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkProgrammeLinks, { programmes: { kk: [], ru: [{ slug: 'qoldau', name: 'Qoldaý', file: 'x', match: ['Qoldaý'] }] } })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(new VFile({ path, value: markdown })),
    );

  it('never links inside a heading or an existing link', () => {
    const html = render('## Центр Qoldaý\n\n[центр Qoldaý](/x/) и Qoldaý.');
    expect(html).toContain('<h2>Центр Qoldaý</h2>');
    expect(html).toContain('<a href="/x/">центр Qoldaý</a> и <a href="/ru/programmes/qoldau/"');
  });

  it('links only the first mention in a paragraph', () => {
    const html = render('Qoldaý, Qoldaý.\n\nQoldaý.');
    expect(html.match(/programmes\/qoldau/g)).toHaveLength(2);
  });

  it('leaves files other than the speech alone', () => {
    expect(render('Qoldaý', '/repo/content/programmes/ru/qoldau.mdx')).toBe('<p>Qoldaý</p>');
  });
});

