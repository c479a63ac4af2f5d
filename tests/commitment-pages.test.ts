import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile, htmlPages } from '../scripts/built-files.mjs';
import { checkContent } from '../src/build/check-content';
import { SITE_URL } from '../src/build/site-url';
import { readSpeech } from '../src/build/speech-index';
import { deadlineEnd } from '../src/lib/commitments';
import { embedPath, oembedPath } from '../src/lib/embed/views';
import { LANGS, type Lang } from '../src/lib/languages';
import { sectionOfParagraph, sectionPath } from '../src/lib/speech-sections';
import { useTranslations } from '../src/i18n';
import { buildWith, removeCopies } from './helpers/content-build';
import { DIST } from './helpers/dist';
import { noFeedParser, parseFeed } from './helpers/feed';

interface YamlCommitment {
  priority: number;
  paragraph: string;
  programmes?: string[];
  text: Record<Lang, string>;
  quantity?: { value: number };
  deadline?: string;
  responsible?: Record<Lang, string>;
}

const ROOT = process.cwd();
const FIXTURE = 'tests/fixtures/assessments.yaml';
const yaml = parseYaml(readFileSync('content/commitments.yaml', 'utf8')) as Record<string, YamlCommitment>;
const ids = Object.keys(yaml);
const speech = readSpeech(ROOT);
const pagePath = (lang: Lang, id: string) => `/${lang}/commitments/${id}/`;
const documentIn = (dist: string, url: string) => parseHTML(readFileSync(builtFile(dist, url), 'utf8')).document;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const corrections = ['kk', 'ru'].flatMap((lang) =>
  ['index', 'state', 'security', 'economy', 'social', 'regions'].flatMap((slug) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/speech/${lang}/${slug}.mdx`, 'utf8'))![1]!;
    return ((parseYaml(front) as { corrections?: Array<{ source: string; date: string }> }).corrections ?? []).map((c) => ({ ...c, slug }));
  }),
);

describe('a page for every commitment', () => {
  const { statusAsOf } = parseYaml(readFileSync('content/assessments.yaml', 'utf8')) as { statusAsOf: string };

  for (const lang of LANGS) {
    const t = useTranslations(lang);

    it(`${lang}: every id has a page that quotes its paragraph and links to it, in speech order, with breadcrumbs`, () => {
      ids.forEach((id, i) => {
        const c = yaml[id]!;
        const url = pagePath(lang, id);
        const doc = documentIn(DIST, url);
        expect(squash(doc.querySelector('h1')?.textContent), url).toBe(c.text[lang]);
        expect(doc.querySelector('.eyebrow')?.textContent).toBe(t('commitment.position', { number: i + 1, total: ids.length }));
        expect(squash(doc.querySelector('.commitment-quote blockquote')?.textContent), url).toBe(squash(speech.paragraphs.get(c.paragraph)![lang]));
        const paragraphLink = sectionPath(lang, sectionOfParagraph(c.paragraph), c.paragraph);
        expect(doc.querySelector('.commitment-quote a[data-paragraph]')?.getAttribute('href'), url).toBe(paragraphLink);
        expect(doc.querySelector('.commitment-quote blockquote')?.getAttribute('cite')).toBe(`${SITE_URL}${paragraphLink}`);
        const crumbs = [...doc.querySelectorAll('.breadcrumbs li')];
        expect(crumbs.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).toEqual([`/${lang}/`, `/${lang}/commitments/`, null]);
        expect(crumbs.at(-1)?.getAttribute('aria-current')).toBe('page');
        expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, url).toBe(i > 0 ? pagePath(lang, ids[i - 1]!) : null);
        expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null, url).toBe(i < ids.length - 1 ? pagePath(lang, ids[i + 1]!) : null);
        // The responsible body only where the speech names it.
        const dts = [...doc.querySelectorAll('.commitment-facts dt')].map((dt) => dt.textContent);
        expect(dts.includes(t('commitment.responsible')), url).toBe(Boolean(c.responsible));
        if (c.responsible) expect(doc.querySelector('.commitment-facts')?.textContent).toContain(c.responsible[lang]);
        for (const slug of c.programmes ?? []) expect(doc.querySelector(`.commitment-facts a[href="/${lang}/programmes/${slug}/"]`), `${url} → ${slug}`).not.toBeNull();
      });
    });

    it(`${lang}: with no source, every commitment is "not assessed"; a passed deadline says so, never "not done"`, () => {
      let overdue = 0;
      for (const id of ids) {
        const c = yaml[id]!;
        const doc = documentIn(DIST, pagePath(lang, id));
        const status = doc.querySelector('.commitment-status');
        const passed = c.deadline !== undefined && deadlineEnd(c.deadline) < statusAsOf;
        overdue += Number(passed);
        expect(status?.getAttribute('data-status'), id).toBe(passed ? 'overdue-unassessed' : 'not-assessed');
        expect(status?.querySelector('.status-badge')?.textContent).toBe(t(passed ? 'commitment.overdue' : 'commitment.status_not-assessed'));
        expect(doc.querySelector('main')?.textContent).not.toContain(t('commitment.status_not-done'));
        expect(doc.querySelectorAll('.assessments__item')).toHaveLength(0);
      }
      expect(overdue).toBeGreaterThan(10);
    });

    it(`${lang}: offers the Embed control, oEmbed discovery and an embed view for every commitment`, () => {
      for (const id of ids) {
        const url = pagePath(lang, id);
        const doc = documentIn(DIST, url);
        expect(doc.querySelector('[data-embed-code]')?.textContent, url).toContain(`${SITE_URL}${embedPath(url)}`);
        expect(doc.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(`${SITE_URL}${oembedPath(url)}`);
        const embed = documentIn(DIST, embedPath(url));
        expect(squash(embed.querySelector('h1')?.textContent)).toBe(yaml[id]!.text[lang]);
        expect(embed.querySelector('.commitment-quote blockquote')).not.toBeNull();
        expect(existsSync(path.join(DIST, `${oembedPath(url)}`))).toBe(true);
      }
    });

    it(`${lang}: the commitments table, programme pages and priority pages link each commitment they show to its page`, () => {
      const table = documentIn(DIST, `/${lang}/commitments/`);
      for (const row of table.querySelectorAll('[data-commitments-table] tbody tr')) {
        expect(row.querySelector('a[data-what]')?.getAttribute('href')).toBe(pagePath(lang, row.id));
      }
      const programmes = new Set(ids.flatMap((id) => yaml[id]!.programmes ?? []));
      for (const slug of programmes) {
        for (const item of documentIn(DIST, `/${lang}/programmes/${slug}/`).querySelectorAll('[data-commitment]')) {
          expect(item.querySelector('.commitment-list__text a')?.getAttribute('href'), slug).toBe(pagePath(lang, item.getAttribute('data-commitment')!));
        }
      }
      let figures = 0;
      for (const slug of ['state', 'security', 'economy', 'social', 'regions']) {
        for (const link of documentIn(DIST, sectionPath(lang, slug)).querySelectorAll('.key-figures__item a')) {
          figures += 1;
          const id = /^\/(?:kk|ru)\/commitments\/([a-z0-9-]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1];
          expect(ids, link.getAttribute('href')!).toContain(id);
          expect(link.textContent).toContain(yaml[id!]!.text[lang]);
        }
      }
      expect(figures).toBe(ids.filter((id) => yaml[id]!.quantity).length);
    });
  }
});

describe.skipIf(noFeedParser)('the Atom feed (Python feedparser)', () => {
  it('is announced in the <head> of every page, in the page language (both on bilingual pages)', () => {
    for (const page of htmlPages(DIST).filter((p) => !p.url.startsWith('/embed/'))) {
      const feeds = [...parseHTML(readFileSync(page.file, 'utf8')).document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'));
      const lang = /^\/(kk|ru)\//.exec(page.url)?.[1];
      expect(feeds, page.url).toEqual(lang ? [`${SITE_URL}/${lang}/feed.xml`] : LANGS.map((l) => `${SITE_URL}/${l}/feed.xml`));
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: parses as Atom 1.0 with no bozo error, one entry per editorial correction, each linking to its page`, () => {
      const feed = parseFeed(readFileSync(path.join(DIST, lang, 'feed.xml')));
      expect(feed.bozo, feed.error).toBeFalsy();
      expect(feed.version).toBe('atom10');
      expect(feed.feed.id).toBe(`${SITE_URL}/${lang}/feed.xml`);
      expect(feed.feed.author).toBe('Joldau');
      expect(feed.feed.links).toContainEqual({ rel: 'self', href: `${SITE_URL}/${lang}/feed.xml` });
      expect(feed.entries).toHaveLength(corrections.length);
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(corrections.length);
      for (const c of corrections) {
        expect(feed.entries.some((e) => e.title.includes(c.source) && e.link === `${SITE_URL}${sectionPath(lang, c.slug)}#editorial-note`), c.source).toBe(true);
      }
      for (const entry of feed.entries) {
        const url = new URL(entry.link);
        expect(documentIn(DIST, url.pathname).getElementById(url.hash.slice(1)), entry.link).not.toBeNull();
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
    });
  }
});

describe('with assessments in content (tests/fixtures/assessments.yaml)', () => {
  const workdirs: string[] = [];
  let dist = '';
  const fixture = parseYaml(readFileSync(FIXTURE, 'utf8')) as { statusAsOf: string; assessments: Record<string, Array<{ status: string; date: string; source?: { url: string } }>> };

  beforeAll(() => {
    const build = buildWith((dir) => copyFileSync(FIXTURE, path.join(dir, 'content/assessments.yaml')), workdirs);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    dist = path.join(build.dir, 'dist');
  }, 600_000);
  afterAll(() => removeCopies(workdirs));

  for (const lang of LANGS) {
    const t = useTranslations(lang);

    it(`${lang}: a commitment's page shows its status and the history of its assessments, newest first`, () => {
      const doc = documentIn(dist, pagePath(lang, 'security-cameras-2019'));
      expect(doc.querySelector('.commitment-status')?.getAttribute('data-status')).toBe('done');
      expect(doc.querySelector('.status-badge')?.textContent).toBe(t('commitment.status_done'));
      const items = [...doc.querySelectorAll('.assessments__item')];
      expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2020-02-03', '2019-11-20']);
      expect(items.map((li) => li.getAttribute('data-assessment'))).toEqual(['done', 'in-progress']);
      expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('https://www.example.org/fixture/cameras-february?a=1&b=2');
      expect(items[0]!.querySelector('a')?.textContent).toBe(lang === 'ru' ? 'Тестовый источник «A & B» <отчёт>' : 'Сынақ дереккөзі «A & B» <есеп>');
      // An assessment without a source keeps "not assessed"; an unassessed passed deadline says so.
      expect(documentIn(dist, pagePath(lang, 'economy-qoldau-one-window')).querySelectorAll('.assessments__item a')).toHaveLength(0);
      expect(documentIn(dist, pagePath(lang, 'security-cameras-2020')).querySelector('.commitment-status')?.getAttribute('data-status')).toBe('overdue-unassessed');
      expect(documentIn(dist, pagePath(lang, 'social-ambulances-2020')).querySelector('.commitment-status')?.getAttribute('data-status')).toBe('partly-done');
    });

    it.skipIf(noFeedParser)(`${lang}: the feed has one entry per assessment, linking to the assessment on its page`, () => {
      const feed = parseFeed(readFileSync(path.join(dist, lang, 'feed.xml')));
      expect(feed.bozo, feed.error).toBeFalsy();
      const assessments = Object.entries(fixture.assessments).flatMap(([id, list]) => list.map((a) => ({ id, ...a })));
      expect(feed.entries).toHaveLength(assessments.length + corrections.length);
      for (const a of assessments) {
        const link = `${SITE_URL}${pagePath(lang, a.id)}#assessment-${a.date}`;
        const entry = feed.entries.find((e) => e.link === link);
        expect(entry, link).toBeDefined();
        expect(entry!.updated).toBe(`${a.date}T00:00:00Z`);
        expect(entry!.title).toBe(t('feed.assessment_title', { status: t(`commitment.status_${a.status}`), text: yaml[a.id]!.text[lang] }));
        expect(documentIn(dist, pagePath(lang, a.id)).getElementById(`assessment-${a.date}`)).not.toBeNull();
      }
      expect(feed.entries.find((e) => e.link.endsWith('#assessment-2020-02-03'))!.summary).toContain('«A & B»');
      // The feed is as new as its newest entry, whichever kind it is.
      const newest = [...assessments, ...corrections].map((e) => e.date).sort().at(-1);
      expect(feed.feed.updated).toBe(`${newest}T00:00:00Z`);
    });
  }

  it('the open data carry the status, the assessments and both page addresses; the JSON validates against its schema', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'data/commitments.json'), 'utf8')) as { commitments: Array<Record<string, any>> };
    const schema = JSON.parse(readFileSync(path.join(dist, 'data/commitments.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const cameras = json.commitments.find((c) => c.id === 'security-cameras-2019')!;
    expect(cameras).toMatchObject({ status: 'done', statusDate: '2020-02-03', statusAsOf: fixture.statusAsOf, deadlinePassed: false });
    expect(cameras.assessments.map((a: { date: string }) => a.date)).toEqual(['2020-02-03', '2019-11-20']);
    expect(cameras.pages).toEqual({ kk: pagePath('kk', 'security-cameras-2019'), ru: pagePath('ru', 'security-cameras-2019') });
    expect(json.commitments.find((c) => c.id === 'security-cameras-2020')).toMatchObject({ status: 'not-assessed', deadlinePassed: true, assessments: [] });
    const rows = parseCsv(readFileSync(path.join(dist, 'data/commitments.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.id === 'security-cameras-2019')).toMatchObject({
      status: 'done',
      status_date: '2020-02-03',
      status_as_of: fixture.statusAsOf,
      status_source: 'https://www.example.org/fixture/cameras-february?a=1&b=2',
      status_note_ru: 'Тестовая оценка: выполнено.',
      page_kk: `${SITE_URL}${pagePath('kk', 'security-cameras-2019')}`,
      page_ru: `${SITE_URL}${pagePath('ru', 'security-cameras-2019')}`,
    });
  });
});

describe('the build refuses a bad assessment, naming file, line and commitment', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const fixtureText = readFileSync(FIXTURE, 'utf8');
  const lineOf = (needle: string) => fixtureText.split('\n').findIndex((l) => l.includes(needle)) + 1;

  // The check the build runs before Astro starts (astro.config.mjs), on a copy of the content with the
  // fixture in place and one mistake in it; tests/bad-content.test.ts runs one of these through the real build.
  function checkWith(change: (text: string) => string): () => void {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-assessments-'));
    dirs.push(dir);
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const after = change(fixtureText);
    expect(after, 'the mistake applies').not.toBe(fixtureText);
    writeFileSync(path.join(dir, 'content/assessments.yaml'), after);
    return () => checkContent(dir);
  }

  it('accepts the fixture', () => {
    expect(checkWith((t) => `${t}\n`)).not.toThrow();
  });

  const cases: Array<[string, (t: string) => string, string]> = [
    [
      'a status other than "not-assessed" without a source',
      (t) => t.replace('    - status: not-assessed', '    - status: done'),
      `content/assessments.yaml:${lineOf('    - status: not-assessed')}: commitment "economy-qoldau-one-window": assessment of 2020-06-01: status "done" needs a source`,
    ],
    [
      'a source that is not a web address',
      (t) => t.replace('"https://www.example.org/fixture/ambulances"', '"www.example.org/fixture/ambulances"'),
      `content/assessments.yaml:${lineOf('fixture/ambulances')}: "social-ambulances-2020": 0.source.url: must be a web address starting with https://`,
    ],
    [
      'an assessment dated after statusAsOf',
      (t) => t.replace('date: "2021-01-10"', 'date: "2021-02-10"'),
      `content/assessments.yaml:${lineOf('date: "2021-01-10"')}: commitment "social-ambulances-2020": assessment of 2021-02-10: is dated after "statusAsOf" (2021-01-15)`,
    ],
    [
      'an unknown status',
      (t) => t.replace('status: partly-done', 'status: half-done'),
      `content/assessments.yaml:${lineOf('status: partly-done')}: "social-ambulances-2020": 0.status: must be one of not-assessed, in-progress, done, partly-done, not-done`,
    ],
    [
      'two assessments of one commitment on the same day',
      (t) => t.replace('date: "2019-11-20"', 'date: "2020-02-03"'),
      `content/assessments.yaml:${lineOf('date: "2020-02-03"')}: commitment "security-cameras-2019": assessment of 2020-02-03: another assessment of this commitment has the same date`,
    ],
    [
      'an id that is not a commitment',
      (t) => t.replace('  social-ambulances-2020:', '  social-ambulances-2030:'),
      `content/assessments.yaml:${lineOf('  social-ambulances-2020:')}: "social-ambulances-2030" is not the id of a commitment`,
    ],
    [
      'a statusAsOf that is not a date',
      (t) => t.replace('statusAsOf: "2021-01-15"', 'statusAsOf: "15.01.2021"'),
      `content/assessments.yaml:${lineOf('statusAsOf:')}: statusAsOf: must be a date written YYYY-MM-DD`,
    ],
  ];
  for (const [name, mistake, message] of cases) {
    it(name, () => {
      expect(checkWith(mistake)).toThrow(message);
    });
  }
});
