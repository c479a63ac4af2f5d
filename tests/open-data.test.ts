import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../src/build/site-url';
import { glossary } from '../src/data/glossary';
import { RESOURCES } from '../src/i18n';
import { plainText, type SpeechDocument } from '../src/lib/exports/speech';
import { sheetWorkbook } from '../src/lib/exports/xlsx';
import { LANGS, LOCALES, type Lang } from '../src/lib/languages';
import { COMMITMENT_COLUMNS, type CommitmentsDocument } from '../src/lib/open-data';
import { sectionPath } from '../src/lib/speech-sections';
import { builtHtml, DIST } from './helpers/dist';

const dataPath = (name: string) => path.join(DIST, 'data', name);
const dataText = (name: string) => readFileSync(dataPath(name), 'utf8');
const commitments = JSON.parse(dataText('commitments.json')) as CommitmentsDocument;
const speech = JSON.parse(dataText('speech.json')) as SpeechDocument;
const csvRows = parseCsv(dataText('commitments.csv'), { bom: true }) as string[][];

// The reader is SheetJS, not ExcelJS that wrote the file: what another program makes of it is what counts.
const workbook = XLSX.read(readFileSync(dataPath('commitments.xlsx')), { cellDates: true, cellStyles: true, bookFiles: true });
const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
const cell = (row: number, column: number) => sheet[XLSX.utils.encode_cell({ r: row, c: column })] as XLSX.CellObject | undefined;
const columnIndex = (name: string) => COMMITMENT_COLUMNS.findIndex(([n]) => n === name);
const label = (lang: Lang, name: string) => (RESOURCES[lang].data.columns as Record<string, string>)[name];

function xml(name: string): Document {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(dataText(name), 'text/xml');
  expect(errors, name).toEqual([]);
  return document as unknown as Document;
}
const children = (node: Element, tag: string) => [...node.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);

// The text of a paragraph as a reader sees it on the built page: without its ¶ link, white space collapsed.
const pages = new Map<string, Document>();
function pageText(lang: Lang, section: string, select: (d: Document) => Element | null): string | undefined {
  const url = sectionPath(lang, section);
  if (!pages.has(url)) pages.set(url, parseHTML(builtHtml(url)).document as unknown as Document);
  const element = select(pages.get(url)!)?.cloneNode(true) as Element | undefined;
  element?.querySelectorAll('p[id] > a:last-child').forEach((a) => a.remove());
  return element ? plainText(element.textContent ?? '') : undefined;
}

describe('/data/commitments.xlsx, read back with SheetJS', () => {
  it('is one sheet, one row per commitment under one header row, in the order of the JSON', () => {
    expect(workbook.SheetNames).toHaveLength(1);
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    expect(range.e.r).toBe(commitments.count);
    expect(range.e.c + 1).toBe(COMMITMENT_COLUMNS.length);
    commitments.commitments.forEach((c, i) => expect(cell(i + 1, 0)?.v).toBe(c.id));
  });

  it('has the columns of the CSV, in its order, each headed in Kazakh and Russian', () => {
    expect(csvRows[0]).toEqual(COMMITMENT_COLUMNS.map(([name]) => name));
    COMMITMENT_COLUMNS.forEach(([name], i) => {
      const header = String(cell(0, i)?.v);
      for (const lang of LANGS) expect(header, name).toContain(label(lang, name));
    });
  });

  it('holds every CSV value, quantities and priorities as numbers (1.4 and 17.7 among them), never as text or dates', () => {
    const quantities: number[] = [];
    csvRows.slice(1).forEach((row, r) => {
      row.forEach((value, c) => {
        const got = cell(r + 1, c);
        if (value === '') return expect(got?.v ?? '', `${csvRows[0]![c]} of row ${r + 1}`).toBe('');
        const kind = COMMITMENT_COLUMNS[c]![2];
        if (kind === 'number') {
          expect(got?.t, `${csvRows[0]![c]} of row ${r + 1}`).toBe('n');
          expect(got?.v).toBe(Number(value));
          if (csvRows[0]![c] === 'quantity') quantities.push(got!.v as number);
        } else {
          expect(got?.t, `${csvRows[0]![c]} of row ${r + 1}`).toBe('s');
          expect(got?.v).toBe(value);
        }
      });
    });
    expect(quantities).toEqual(commitments.commitments.flatMap((c) => (c.quantity === null ? [] : [c.quantity])));
    expect(quantities).toEqual(expect.arrayContaining([1.4, 17.7]));
  });

  it('keeps Kazakh letters intact', () => {
    const column = columnIndex('text_kk');
    const texts = commitments.commitments.map((_, i) => String(cell(i + 1, column)?.v));
    expect(texts).toEqual(commitments.commitments.map((c) => c.text.kk));
    expect(texts.join(' ')).toMatch(/[әғқңөұүһі]/);
  });

  it('links every row to its paragraph in both languages with a real hyperlink', () => {
    for (const lang of LANGS) {
      const column = columnIndex(`link_${lang}`);
      commitments.commitments.forEach((c, i) => {
        const link = cell(i + 1, column)?.l?.Target;
        expect(link, `${c.id} ${lang}`).toBe(new URL(c.links[lang], SITE_URL).href);
      });
    }
  });

  it('keeps deadlines of a year or a month as the text the speech gives', () => {
    const column = columnIndex('deadline');
    commitments.commitments.forEach((c, i) => {
      if (c.deadlinePrecision === 'day' || c.deadline === null) return;
      expect(cell(i + 1, column), c.id).toMatchObject({ t: 's', v: c.deadline });
    });
  });

  it('reads on opening: frozen header row, a filter on it, widths from the content', () => {
    const xmlOf = (file: string) => Buffer.from((workbook as XLSX.WorkBook & { files: Record<string, { content: Uint8Array }> }).files[file]!.content).toString('utf8');
    expect(xmlOf('xl/worksheets/sheet1.xml')).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet['!autofilter']?.ref).toBe(XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 0, c: COMMITMENT_COLUMNS.length - 1 } }));
    const widths = (sheet['!cols'] ?? []).map((c) => c.width ?? 0);
    expect(widths[columnIndex('text_ru')]).toBeGreaterThan(widths[columnIndex('priority')]!);
  });
});

describe('sheetWorkbook', () => {
  it('writes a deadline that names a day as a real date, and one that names a month as text', async () => {
    const bytes = await sheetWorkbook({
      name: 'Test',
      columns: [{ header: 'deadline', kind: 'deadline' }, { header: 'n', kind: 'number' }],
      rows: [['2019-12-31', 1.4], ['2019-10', null]],
    });
    const read = XLSX.read(bytes, { cellDates: true });
    const test = read.Sheets.Test!;
    expect(test.A2?.t).toBe('d');
    expect((test.A2?.v as Date).toISOString().slice(0, 10)).toBe('2019-12-31');
    expect(test.A3).toMatchObject({ t: 's', v: '2019-10' });
    expect(test.B2).toMatchObject({ t: 'n', v: 1.4 });
  });
});

describe('/data/speech.json', () => {
  it('is valid against /data/speech.schema.json (Ajv, JSON Schema 2020-12)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(dataText('speech.schema.json')) as object);
    expect(validate(speech), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has every paragraph and sub-heading of the built pages, with their text in both languages and no markup', () => {
    for (const lang of LANGS) {
      for (const section of speech.sections) {
        const page = parseHTML(builtHtml(sectionPath(lang, section.id))).document;
        const ids = [...page.querySelectorAll('.speech-text [id]')].map((e) => e.id);
        expect(speech.paragraphs.filter((p) => p.section === section.id).map((p) => p.id), `${lang} ${section.id}`).toEqual(ids);
      }
    }
    for (const p of speech.paragraphs) {
      for (const lang of LANGS) expect(p.text[lang], p.id).not.toMatch(/[<>*_`[\]]|¶/);
    }
  });

  it('says which language each text was delivered in: the Kazakh opening, then Russian', () => {
    const original = (id: string) => speech.paragraphs.find((p) => p.id === id)?.original;
    expect(original('index-1')).toBe('kk');
    expect(original('index-7')).toBe('kk');
    expect(original('index-8')).toBe('ru');
    expect(original('economy-8')).toBe('ru');
    expect(speech.sections.find((s) => s.id === 'index')?.original).toBe('ru');
    expect(speech.paragraphs.every((p) => p.translated)).toBe(true);
  });
});

describe('/data/speech.tmx, parsed as XML', () => {
  const tmx = xml('speech.tmx').documentElement as unknown as Element;
  const units = children(children(tmx, 'body')[0]!, 'tu');
  const segOf = (tu: Element, lang: Lang) =>
    children(tu, 'tuv').find((tuv) => tuv.getAttribute('xml:lang') === LOCALES[lang]);

  it('is TMX 1.4 with a header and one unit per title, lead, heading and paragraph', () => {
    expect(tmx.tagName).toBe('tmx');
    expect(tmx.getAttribute('version')).toBe('1.4');
    const header = children(tmx, 'header')[0]!;
    for (const attribute of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(header.getAttribute(attribute), attribute).toBeTruthy();
    }
    const leads = speech.sections.filter((s) => s.lead).length;
    expect(units).toHaveLength(speech.sections.length + leads + speech.paragraphs.length);
    const ids = units.map((u) => u.getAttribute('tuid'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each unit the language it was delivered in as its source, and marks the other as our translation', () => {
    for (const tu of units) {
      const id = tu.getAttribute('tuid')!;
      const props = Object.fromEntries(children(tu, 'prop').map((p) => [p.getAttribute('type'), p.textContent]));
      expect(props['x-original'], id).toBe(tu.getAttribute('srclang'));
      const tuvs = children(tu, 'tuv');
      expect(tuvs.map((t) => t.getAttribute('xml:lang')).sort(), id).toEqual(['kk-KZ', 'ru-RU']);
      expect(tuvs[0]!.getAttribute('xml:lang'), id).toBe(tu.getAttribute('srclang'));
      expect(children(tuvs[1]!, 'prop')[0]?.getAttribute('type'), id).toBe('x-translation');
      const paragraph = speech.paragraphs.find((p) => p.id === id);
      if (paragraph) expect(props['x-original'], id).toBe(LOCALES[paragraph.original]);
    }
  });

  it("has plain segments equal to the built pages' text: paragraphs and headings by id, titles and leads", () => {
    let compared = 0;
    for (const tu of units) {
      const id = tu.getAttribute('tuid')!;
      const props = Object.fromEntries(children(tu, 'prop').map((p) => [p.getAttribute('type'), p.textContent]));
      const section = props['x-section']!;
      for (const lang of LANGS) {
        const seg = children(segOf(tu, lang)!, 'seg')[0]!;
        expect(children(seg, 'bpt').length + children(seg, 'ph').length + children(seg, 'it').length, id).toBe(0);
        const select = (d: Document) =>
          props['x-kind'] === 'title' ? d.querySelector('.section-header h1') : props['x-kind'] === 'lead' ? d.querySelector('.section-header .lead') : d.getElementById(id);
        expect(seg.textContent, `${id} (${lang})`).toBe(pageText(lang, section, select));
        compared += 1;
      }
    }
    expect(compared).toBe(units.length * 2);
  });
});

describe('/data/glossary.tbx, parsed as XML', () => {
  it('is TBX-Basic with one entry per term of content/glossary.yaml, Kazakh and Russian each in its own language section', () => {
    const martif = xml('glossary.tbx').documentElement as unknown as Element;
    expect(martif.tagName).toBe('martif');
    expect(martif.getAttribute('type')).toBe('TBX-Basic');
    const entries = [...(martif as unknown as XmlElement).getElementsByTagName('termEntry')] as unknown as Element[];
    const terms = glossary();
    expect(entries).toHaveLength(terms.length);
    entries.forEach((entry, i) => {
      for (const lang of LANGS) {
        const langSet = children(entry, 'langSet').find((l) => l.getAttribute('xml:lang') === LOCALES[lang]);
        expect(langSet?.textContent, `${terms[i]!.ru} (${lang})`).toBe(terms[i]![lang]);
      }
    });
  });
});

describe('the data page /{lang}/data/', () => {
  const files = readdirSync(path.join(DIST, 'data')).sort();

  for (const lang of LANGS) {
    const { document } = parseHTML(builtHtml(`/${lang}/data/`));
    const sections = [...document.querySelectorAll('main section')];

    it(`${lang}: lists every file of /data/ with its format, its real size, what it holds and a reading example`, () => {
      const listed = sections.map((s) => s.querySelector('a[download]')?.getAttribute('href')?.replace('/data/', ''));
      expect([...listed].sort()).toEqual(files);
      for (const section of sections) {
        const name = section.querySelector('a[download]')!.getAttribute('href')!;
        const values = [...section.querySelectorAll('dd')];
        expect(values, name).toHaveLength(4);
        expect(Number(values[1]!.getAttribute('data-bytes')), name).toBe(statSync(path.join(DIST, name)).size);
        expect(values[1]!.textContent, name).toMatch(/^\d[\d\s\u00a0]*(,\d)?\u00a0кБ$/);
        expect(section.querySelector('pre code')?.textContent, name).toBeTruthy();
      }
    });

    it(`${lang}: is linked from the footer and from the commitments page`, () => {
      for (const url of [`/${lang}/`, `/${lang}/speech/economy/`, `/${lang}/glossary/`]) {
        expect(parseHTML(builtHtml(url)).document.querySelector(`footer a[href="/${lang}/data/"]`), url).not.toBeNull();
      }
      expect(parseHTML(builtHtml(`/${lang}/commitments/`)).document.querySelector(`#open-data a[href="/${lang}/data/"]`)).not.toBeNull();
    });

    it(`${lang}: the glossary page offers the glossary file for translators`, () => {
      expect(parseHTML(builtHtml(`/${lang}/glossary/`)).document.querySelector('main a[href="/data/glossary.tbx"][download]')).not.toBeNull();
    });
  }
});
