import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/build/check-content';
import { SITE_URL } from '../src/build/site-url';
import { readSpeech } from '../src/build/speech-index';
import { extractFigures, normaliseFigure } from '../src/lib/figures';
import { LANGS, type Lang } from '../src/lib/languages';
import { sectionOfParagraph, sectionPath } from '../src/lib/speech-sections';
import { RESOURCES } from '../src/i18n';
import { builtHtml, DIST } from './helpers/dist';
import { sourceSections, sourceText } from './helpers/source';

interface YamlCommitment {
  priority: number;
  paragraph: string;
  programmes?: string[];
  text: Record<Lang, string>;
  quantity?: { value: number; unit: Record<Lang, string> };
  deadline?: string;
  deadlineText?: Record<Lang, string>;
  responsible?: Record<Lang, string>;
  status?: string;
}

const ROOT = process.cwd();
const yaml = parseYaml(readFileSync('content/commitments.yaml', 'utf8')) as Record<string, YamlCommitment>;
const ids = Object.keys(yaml);
const records = Object.entries(yaml);
const speech = readSpeech(ROOT);
const dom = (url: string) => parseHTML(builtHtml(url)).document;
// Text node by text node: an element's textContent runs cells together ("2025" + "20" → "202520").
const textNodes = (node: Node): string[] => (node.nodeType === 3 ? [node.textContent ?? ''] : [...node.childNodes].flatMap(textNodes));
const dataFile = (name: string) => readFileSync(path.join(DIST, 'data', name), 'utf8');

describe('the commitments file against the speech', () => {
  it('lists more than forty commitments, each with a text in both languages', () => {
    expect(ids.length).toBeGreaterThan(40);
    for (const [id, c] of records) {
      expect(c.text.kk.length * c.text.ru.length, id).toBeGreaterThan(0);
    }
  });

  it("cites a paragraph that exists in both languages, on both languages' pages", () => {
    for (const [id, c] of records) {
      const paragraph = speech.paragraphs.get(c.paragraph);
      expect(paragraph?.kk, `${id}: ${c.paragraph} in Kazakh`).toBeTruthy();
      expect(paragraph?.ru, `${id}: ${c.paragraph} in Russian`).toBeTruthy();
      for (const lang of LANGS) {
        expect(dom(sectionPath(lang, sectionOfParagraph(c.paragraph))).getElementById(c.paragraph), `${id} on the ${lang} page`).not.toBeNull();
      }
    }
  });

  it("states each quantity where its paragraph does, in the site's text and in the delivered source", () => {
    const source = sourceSections();
    let quantities = 0;
    for (const [id, c] of records) {
      if (!c.quantity) continue;
      quantities += 1;
      const wanted = normaliseFigure(String(c.quantity.value));
      for (const lang of LANGS) expect(extractFigures(speech.paragraphs.get(c.paragraph)![lang]), `${id} (${lang})`).toContain(wanted);
      expect(extractFigures(source.get(sectionOfParagraph(c.paragraph))!), `${id} in the source text`).toContain(wanted);
    }
    expect(quantities).toBeGreaterThan(20);
  });

  it('resolves "by the end of the year" and "next year" against 2019, and dates only what the speech dates', () => {
    const resolved = { 'до конца года': '2019', 'до конца следующего года': '2020', 'в следующем году': '2020', 'на следующий год': '2020' };
    let checked = 0;
    for (const [id, c] of records) {
      for (const [wording, year] of Object.entries(resolved)) {
        if (c.deadlineText?.ru === wording) {
          expect(c.deadline, id).toBe(year);
          checked += 1;
        }
      }
      if (c.deadline) expect(c.deadlineText, `${id} has a date but not the speech's words for it`).toBeDefined();
      // Periods ("в течение 4-5 лет", "3-летний план", "на 3 года") are not dates.
      if (/\d+-\d+ (лет|года)|\d+-летний|на \d+ года/.test(c.deadlineText?.ru ?? '')) expect(c.deadline, id).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('keeps no status in content/commitments.yaml: content/assessments.yaml holds only statusAsOf, the records are one file per commitment', () => {
    for (const [id, c] of records) expect(c.status ?? 'not-assessed', id).toBe('not-assessed');
    expect(Object.keys(parseYaml(readFileSync('content/assessments.yaml', 'utf8')) as object)).toEqual(['statusAsOf']);
    const files = existsSync('content/assessments') ? readdirSync('content/assessments').filter((n) => n.endsWith('.yaml')) : [];
    for (const name of files) expect(records.map(([id]) => `${id}.yaml`), name).toContain(name);
  });
});

describe('the build refuses a commitment or chart the speech does not support', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function checkWith(file: string, change: (text: string) => string): () => void {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-commitments-'));
    dirs.push(dir);
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const full = path.join(dir, file);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    expect(after, 'the mistake applies').not.toBe(before);
    writeFileSync(full, after);
    return () => checkContent(dir);
  }

  const lineOf = (file: string, needle: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('passes the real content', () => {
    expect(() => checkContent(ROOT)).not.toThrow();
  });

  it('names the record and line of a paragraph that does not exist', () => {
    const line = lineOf('content/commitments.yaml', 'paragraph: economy-14');
    expect(checkWith('content/commitments.yaml', (t) => t.replace('paragraph: economy-14', 'paragraph: economy-99'))).toThrow(
      `content/commitments.yaml:${line}: commitment "economy-sme-support-30bn": paragraph "economy-99" does not exist in the speech`,
    );
  });

  it('names the record of a quantity its paragraph does not state', () => {
    expect(checkWith('content/commitments.yaml', (t) => t.replace('value: 2321', 'value: 2322'))).toThrow(
      /content\/commitments\.yaml:\d+: commitment "regions-dilapidated-resettlement": quantity 2322 does not occur in the Kazakh text of paragraph "regions-11"/,
    );
  });

  it('names the record of a text with a figure its paragraph does not state', () => {
    expect(checkWith('content/commitments.yaml', (t) => t.replace('ru: "Установить 600 камер', 'ru: "Установить 700 камер'))).toThrow(
      /commitment "security-cameras-2019": the Russian text states 700, which the paragraph does not/,
    );
  });

  it('names the record of a deadline the speech does not word that way', () => {
    expect(checkWith('content/commitments.yaml', (t) => t.replace('deadlineText: { ru: "в октябре", kk: "қазан айында" }', 'deadlineText: { ru: "в ноябре", kk: "қазан айында" }'))).toThrow(
      /commitment "economy-concept-plan-discussion": deadline wording "в ноябре" does not occur in the Russian text/,
    );
  });

  it('names the record and field that break the schema, with its line', () => {
    const line = lineOf('content/commitments.yaml', 'deadline: "2019-10"');
    expect(checkWith('content/commitments.yaml', (t) => t.replace('deadline: "2019-10"', 'deadline: "2019-13"'))).toThrow(
      `content/commitments.yaml:${line}: "economy-concept-plan-discussion": deadline: is not a date of the calendar`,
    );
  });

  it('names the chart bar whose value its paragraph does not state', () => {
    expect(checkWith('content/charts.yaml', (t) => t.replace('value: 10.5', 'value: 11.5'))).toThrow(
      /content\/charts\.yaml:\d+: chart "sme-support": value 11\.5 does not occur in the Kazakh text of paragraph "economy-11"/,
    );
  });
});

describe('open data: /data/commitments.json, .csv and .schema.json agree', () => {
  const json = JSON.parse(dataFile('commitments.json')) as { $schema: string; site: string; count: number; commitments: Array<Record<string, any>> };
  const schema = JSON.parse(dataFile('commitments.schema.json')) as Record<string, unknown>;
  const csvText = dataFile('commitments.csv');
  const rows = parseCsv(csvText, { bom: true, columns: true }) as Array<Record<string, string>>;

  it('the JSON validates against the schema, and the schema rejects a broken record', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json);
    delete broken.commitments[0]!.text.kk;
    broken.commitments[1]!.status = 'finished';
    expect(validate(broken)).toBe(false);
    expect(json.$schema).toBe(`${SITE_URL}/data/commitments.schema.json`);
  });

  it('the JSON has every record of the file, in order, with paragraph links in both languages', () => {
    expect(json.count).toBe(ids.length);
    expect(json.commitments.map((c) => c.id)).toEqual(ids);
    for (const c of json.commitments) {
      const section = sectionOfParagraph(c.paragraph);
      expect(c.links).toEqual({ kk: `/kk/speech/${section}/#${c.paragraph}`, ru: `/ru/speech/${section}/#${c.paragraph}` });
      expect(c.text).toEqual(yaml[c.id]!.text);
      expect(c.quantity).toBe(yaml[c.id]!.quantity?.value ?? null);
    }
  });

  it('the CSV is RFC 4180 with a header row, UTF-8 with a BOM for spreadsheets, Kazakh and Russian intact', () => {
    expect(csvText.startsWith('\uFEFFid,priority,')).toBe(true);
    expect(csvText.endsWith('\r\n')).toBe(true);
    expect(csvText.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(Object.keys(rows[0]!)).toEqual([
      'id', 'priority', 'priority_title_kk', 'priority_title_ru', 'programmes', 'text_kk', 'text_ru', 'quantity', 'unit_kk', 'unit_ru',
      'deadline', 'deadline_precision', 'deadline_text_kk', 'deadline_text_ru', 'responsible_kk', 'responsible_ru',
      'status', 'status_date', 'achieved', 'on_time', 'status_as_of', 'deadline_passed', 'status_sources', 'status_note_kk', 'status_note_ru', 'paragraph', 'link_kk', 'link_ru', 'page_kk', 'page_ru',
    ]);
    expect(rows.map((r) => r.text_kk).join('')).toMatch(/[әғқңөұүһі]/);
    expect(rows.find((r) => r.id === 'economy-qoldau-one-window')?.text_ru).toBe(yaml['economy-qoldau-one-window']!.text.ru);
  });

  it('every CSV row is its JSON record, and links back to the paragraph that promised it', () => {
    expect(rows.map((r) => r.id)).toEqual(json.commitments.map((c) => c.id));
    json.commitments.forEach((c, i) => {
      const row = rows[i]!;
      const text = (value: Record<Lang, string> | null, lang: Lang) => value?.[lang] ?? '';
      expect(row).toEqual({
        id: c.id,
        priority: String(c.priority),
        priority_title_kk: c.priorityTitle.kk,
        priority_title_ru: c.priorityTitle.ru,
        programmes: c.programmes.join(' '),
        text_kk: c.text.kk,
        text_ru: c.text.ru,
        quantity: c.quantity === null ? '' : String(c.quantity),
        unit_kk: text(c.unit, 'kk'),
        unit_ru: text(c.unit, 'ru'),
        deadline: c.deadline ?? '',
        deadline_precision: c.deadlinePrecision ?? '',
        deadline_text_kk: text(c.deadlineText, 'kk'),
        deadline_text_ru: text(c.deadlineText, 'ru'),
        responsible_kk: text(c.responsible, 'kk'),
        responsible_ru: text(c.responsible, 'ru'),
        status: c.status,
        status_date: c.statusDate ?? '',
        achieved: c.achieved ?? '',
        on_time: c.onTime === null ? '' : String(c.onTime),
        status_as_of: c.statusAsOf,
        deadline_passed: String(c.deadlinePassed),
        status_sources: (c.assessments[0]?.sources ?? []).map((s: { publisher: string; published: string; url: string }) => `${s.publisher}, ${s.published}: ${s.url}`).join(' | '),
        status_note_kk: c.assessments[0]?.note.kk ?? '',
        status_note_ru: c.assessments[0]?.note.ru ?? '',
        paragraph: c.paragraph,
        link_kk: `${SITE_URL}${c.links.kk}`,
        link_ru: `${SITE_URL}${c.links.ru}`,
        page_kk: `${SITE_URL}${c.pages.kk}`,
        page_ru: `${SITE_URL}${c.pages.ru}`,
      });
      for (const lang of LANGS) {
        const [page, anchor] = c.links[lang].split('#');
        expect(dom(page).getElementById(anchor), `${c.id}: ${c.links[lang]}`).not.toBeNull();
      }
    });
  });

  it('the precision of each deadline is the precision of its date', () => {
    for (const c of json.commitments) {
      expect(c.deadlinePrecision).toBe(c.deadline === null ? null : ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[c.deadline.length]);
    }
  });
});

describe('the pages list every commitment', () => {
  for (const lang of LANGS) {
    const document = dom(`/${lang}/commitments/`);

    it(`${lang}: the table has one row per commitment, in speech order, linking to its paragraph`, () => {
      const rows = [...document.querySelectorAll('[data-commitments-table] tbody tr')];
      expect(rows.map((r) => r.id)).toEqual(ids);
      for (const row of rows) {
        const c = yaml[row.id]!;
        expect(row.querySelector('[data-what]')?.textContent).toBe(c.text[lang]);
        expect(row.querySelector('a[data-paragraph]')?.getAttribute('href')).toBe(sectionPath(lang, sectionOfParagraph(c.paragraph), c.paragraph));
        if (c.quantity) expect(extractFigures(row.textContent ?? '')).toContain(normaliseFigure(String(c.quantity.value)));
      }
    });

    it(`${lang}: links the open data files (XLSX first, for people) and the data page from #open-data, is a search filter, and runs no inline script`, () => {
      const links = [...document.querySelectorAll('#open-data a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(['/data/commitments.xlsx', '/data/commitments.csv', '/data/commitments.json', '/data/commitments.schema.json', `/${lang}/data/`]);
      expect(document.querySelector('[data-pagefind-body]')?.getAttribute('data-pagefind-filter')).toBe('type:commitments');
      expect([...document.querySelectorAll('script')].filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json')).toEqual([]);
    });

    it(`${lang}: states no figure the speech does not (counts and paragraph numbers aside)`, () => {
      const main = document.querySelector('main')!.cloneNode(true) as Element;
      // Left out: references and counts (marked), the open data notes (file formats, "UTF-8"), chart
      // descriptions (the same values as the data tables beside them, which stay in), the embed snippet (code).
      for (const el of main.querySelectorAll('[data-ref], [data-count], option, #open-data, desc, [data-embed-code]')) el.remove();
      const stated = new Set(extractFigures(sourceText));
      expect(extractFigures(textNodes(main).join(' ')).filter((f) => !stated.has(f))).toEqual([]);
    });

    it(`${lang}: each priority page shows its figures and links to its commitments, with and without JavaScript`, () => {
      for (let priority = 1; priority <= 5; priority++) {
        const slug = ['state', 'security', 'economy', 'social', 'regions'][priority - 1]!;
        const page = dom(sectionPath(lang, slug));
        const strip = page.querySelector('.key-figures')!;
        const own = records.filter(([, c]) => c.priority === priority);
        const figures = extractFigures([...strip.querySelectorAll('.key-figures__value')].map((v) => v.textContent).join(' '));
        for (const [, c] of own.filter(([, c]) => c.quantity)) expect(figures, `${slug}`).toContain(normaliseFigure(String(c.quantity!.value)));
        const more = strip.querySelector('.key-figures__more a')!.getAttribute('href')!;
        expect(more).toBe(`/${lang}/commitments/?priority=${priority}#priority-${priority}`);
        // Without JavaScript the anchor lands on the first row of the priority.
        const anchor = document.getElementById(`priority-${priority}`);
        expect(anchor?.closest('tr')?.id).toBe(own[0]![0]);
        for (const link of strip.querySelectorAll('.key-figures__item a')) expect(link.getAttribute('href')).toMatch(new RegExp(`^/${lang}/commitments/[a-z0-9-]+/$`));
      }
    });

    it(`${lang}: each programme page lists the commitments of its programme`, () => {
      const slugs = new Set(records.flatMap(([, c]) => c.programmes ?? []));
      expect(slugs.size).toBeGreaterThan(10);
      for (const slug of slugs) {
        const listed = [...dom(`/${lang}/programmes/${slug}/`).querySelectorAll('[data-commitment]')].map((li) => li.getAttribute('data-commitment'));
        expect(listed, slug).toEqual(records.filter(([, c]) => c.programmes?.includes(slug)).map(([id]) => id));
      }
    });
  }
});

describe('the charts', () => {
  for (const lang of LANGS) {
    const document = dom(`/${lang}/commitments/`);
    const strings = RESOURCES[lang].commitments as Record<string, string>;
    const charts = [...document.querySelectorAll('svg.chart__svg')];

    it(`${lang}: four charts, each an image named by its <title> and described by its <desc>, with its data table`, () => {
      expect(charts.map((svg) => svg.querySelector('title')?.textContent)).toEqual(
        ['msb', 'priority', 'year', 'housing'].map((name) => strings[`chart_${name}_title`]),
      );
      for (const svg of charts) {
        expect(svg.getAttribute('role')).toBe('img');
        const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
        const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
        expect(title?.tagName.toLowerCase()).toBe('title');
        expect(title?.parentElement).toBe(svg);
        expect(desc?.tagName.toLowerCase()).toBe('desc');
        expect(desc?.textContent?.length).toBeGreaterThan(40);
        const table = svg.parentElement!.querySelector('table');
        expect(table?.querySelector('caption')?.textContent).toContain(title!.textContent);
        expect(table?.querySelectorAll('tbody tr th[scope="row"]').length).toBe(svg.querySelectorAll('rect').length);
      }
    });

    it(`${lang}: the SME chart shows both paragraphs faithfully, numbers written the ${lang} way`, () => {
      const sme = charts[0]!;
      expect([...sme.querySelectorAll('.chart__value')].map((t) => t.textContent)).toEqual(['4,5', '10,5', '31', '4,5', '30']);
      const sources = [...sme.parentElement!.querySelectorAll('table a')].map((a) => a.getAttribute('href'));
      expect(sources).toEqual([...Array(3).fill(`/${lang}/speech/economy/#economy-11`), ...Array(2).fill(`/${lang}/speech/economy/#economy-14`)]);
    });

    it(`${lang}: the count charts add up to every commitment, and housing uses the speech's figures`, () => {
      const sum = (svg: Element) => [...svg.querySelectorAll('.chart__value')].reduce((n, t) => n + Number(t.textContent), 0);
      expect(sum(charts[1]!)).toBe(ids.length);
      expect(sum(charts[2]!)).toBe(ids.length);
      expect([...charts[3]!.querySelectorAll('.chart__value')].map((t) => t.textContent)).toEqual(['1\u00a0020', '1\u00a0020', '1\u00a0000', '948', '267', '2\u00a0321']);
    });
  }
});
