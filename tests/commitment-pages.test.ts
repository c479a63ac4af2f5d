import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFile, htmlPages } from '../scripts/built-files.mjs';
import { SITE_URL } from '../src/build/site-url';
import { readSpeech } from '../src/build/speech-index';
import { deadlineEnd } from '../src/lib/commitments/deadline';
import { embedCodePath, embedPath, oembedPath } from '../src/lib/embed/views';
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
const FIXTURE_DIR = 'tests/fixtures/assessments';
const yaml = parseYaml(readFileSync('content/commitments.yaml', 'utf8')) as Record<string, YamlCommitment>;
const ids = Object.keys(yaml);
const speech = readSpeech(ROOT);
const pagePath = (lang: Lang, id: string) => `/${lang}/commitments/${id}/`;
const documentIn = (dist: string, url: string) => parseHTML(readFileSync(builtFile(dist, url), 'utf8')).document;
// Collapses the layout's line breaks and indents, not the no-break spaces of the text («20\u00a0мың»).
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const corrections = ['kk', 'ru'].flatMap((lang) =>
  ['index', 'state', 'security', 'economy', 'social', 'regions'].flatMap((slug) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/speech/${lang}/${slug}.mdx`, 'utf8'))![1]!;
    return ((parseYaml(front) as { corrections?: Array<{ source: string; date: string }> }).corrections ?? []).map((c) => ({ ...c, slug }));
  }),
);

interface YamlRecord {
  status: string;
  date: string;
  achieved?: string;
  sources?: Array<{ url: string; publisher: string; published: string; title: string; language: string }>;
  replacedBy?: { name: Record<Lang, string>; programme?: string };
  sourcesDisagree?: boolean;
}

/** The records of a content layout (`<dir>/<id>.yaml`), read here with the YAML parser only. */
function recordsIn(dir: string): Record<string, YamlRecord[]> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => [n.slice(0, -5), (parseYaml(readFileSync(path.join(dir, n), 'utf8')) ?? []) as YamlRecord[]]));
}

const newest = (records: YamlRecord[] | undefined) => [...(records ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
const firstDay = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);

/** What the page should say became of a commitment, worked out from the YAML alone. */
function expectedOutcome(id: string, records: Record<string, YamlRecord[]>): string {
  const latest = newest(records[id]);
  if (!latest) return 'not-assessed';
  if (latest.status !== 'done') return latest.status;
  const deadline = yaml[id]!.deadline;
  if (!deadline || !latest.achieved) return 'done-unclear';
  if (deadlineEnd(latest.achieved) <= deadlineEnd(deadline)) return 'done-on-time';
  return firstDay(latest.achieved) > deadlineEnd(deadline) ? 'done-late' : 'done-unclear';
}

describe('a page for every commitment', () => {
  const { statusAsOf } = parseYaml(readFileSync('content/assessments.yaml', 'utf8')) as { statusAsOf: string };
  const records = recordsIn('content/assessments');

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

    it(`${lang}: every page shows the status of its newest record; without one, "not assessed", and a passed deadline says so, never "not done"`, () => {
      for (const id of ids) {
        const c = yaml[id]!;
        const doc = documentIn(DIST, pagePath(lang, id));
        const status = doc.querySelector('.commitment-status');
        expect(doc.querySelectorAll('.assessments__item'), id).toHaveLength(records[id]?.length ?? 0);
        expect(status?.getAttribute('data-outcome'), id).toBe(expectedOutcome(id, records));
        if (newest(records[id])) continue;
        const passed = c.deadline !== undefined && deadlineEnd(c.deadline) < statusAsOf;
        expect(status?.getAttribute('data-status'), id).toBe(passed ? 'overdue-unassessed' : 'not-assessed');
        expect(status?.querySelector('.status-badge')?.textContent).toBe(t(passed ? 'commitment.overdue' : 'commitment.status_not-assessed'));
        expect(doc.querySelector('main')?.textContent).not.toContain(t('commitment.status_not-done'));
      }
    });

    it(`${lang}: offers the Embed control, oEmbed discovery, an embed view and a promise card for every commitment`, () => {
      for (const id of ids) {
        const url = pagePath(lang, id);
        const doc = documentIn(DIST, url);
        expect(doc.querySelector('[data-embed-link]')?.getAttribute('href'), url).toBe(embedCodePath(url));
        expect(documentIn(DIST, embedCodePath(url)).querySelector('[data-embed-code]')?.textContent, url).toContain(`${SITE_URL}${embedPath(url)}`);
        expect(doc.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(`${SITE_URL}${oembedPath(url)}`);
        const embed = documentIn(DIST, embedPath(url));
        expect(squash(embed.querySelector('h1')?.textContent)).toBe(yaml[id]!.text[lang]);
        expect(embed.querySelector('.commitment-quote blockquote')).not.toBeNull();
        expect(existsSync(path.join(DIST, `${oembedPath(url)}`))).toBe(true);
        // The promise card: the promise and its deadline (as the speech words it), on a built PNG.
        const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
        expect(image).toBe(`${SITE_URL}/og/${lang}/commitments/${id}.png`);
        expect(readFileSync(path.join(DIST, `/og/${lang}/commitments/${id}.png`)).subarray(1, 4).toString()).toBe('PNG');
        const alt = doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
        expect(alt).toContain(yaml[id]!.text[lang]);
        const { deadlineText } = yaml[id] as YamlCommitment & { deadlineText?: Record<Lang, string> };
        if (deadlineText) expect(alt).toContain(deadlineText[lang]);
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
    it(`${lang}: parses as Atom 1.0 with no bozo error, one entry per editorial correction and per assessment record, each linking to its page`, () => {
      const records = Object.values(recordsIn('content/assessments')).flat().length;
      const feed = parseFeed(readFileSync(path.join(DIST, lang, 'feed.xml')));
      expect(feed.bozo, feed.error).toBeFalsy();
      expect(feed.version).toBe('atom10');
      expect(feed.feed.id).toBe(`${SITE_URL}/${lang}/feed.xml`);
      expect(feed.feed.author).toBe('Joldau');
      expect(feed.feed.links).toContainEqual({ rel: 'self', href: `${SITE_URL}/${lang}/feed.xml` });
      expect(feed.entries).toHaveLength(corrections.length + records);
      expect(new Set(feed.entries.map((e) => e.id)).size).toBe(corrections.length + records);
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

describe('with assessments in content (tests/fixtures/assessments.yaml and tests/fixtures/assessments/)', () => {
  const workdirs: string[] = [];
  let dist = '';
  const fixture = parseYaml(readFileSync(FIXTURE, 'utf8')) as { statusAsOf: string };
  const records = recordsIn(FIXTURE_DIR);
  const all = Object.entries(records).flatMap(([id, list]) => list.map((a) => ({ id, ...a })));

  beforeAll(() => {
    const build = buildWith((dir) => {
      copyFileSync(FIXTURE, path.join(dir, 'content/assessments.yaml'));
      rmSync(path.join(dir, 'content/assessments'), { recursive: true, force: true });
      cpSync(FIXTURE_DIR, path.join(dir, 'content/assessments'), { recursive: true });
    }, workdirs);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    dist = path.join(build.dir, 'dist');
  }, 600_000);
  afterAll(() => removeCopies(workdirs));

  it('the fixture has every status and outcome the pages show', () => {
    const outcomes = new Set(ids.map((id) => expectedOutcome(id, records)));
    for (const o of ['done-on-time', 'done-late', 'done-unclear', 'partly-done', 'in-progress', 'not-done', 'replaced', 'no-measurable-target', 'no-report-found', 'not-assessed']) {
      expect(outcomes, o).toContain(o);
    }
  });

  for (const lang of LANGS) {
    const t = useTranslations(lang);

    it(`${lang}: a commitment's page shows its status, when it was done and whether on time, its sources and its history, newest first`, () => {
      const doc = documentIn(dist, pagePath(lang, 'security-cameras-2019'));
      const status = doc.querySelector('.commitment-status')!;
      expect(status.getAttribute('data-status')).toBe('done');
      expect(status.getAttribute('data-outcome')).toBe('done-on-time');
      expect(status.querySelector('.status-badge')?.textContent).toBe(t('scoreboard.outcome_done-on-time'));
      expect(status.querySelector('time')?.getAttribute('datetime')).toBe('2019-12');
      const items = [...doc.querySelectorAll('.assessments__item')];
      expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2020-02-03', '2019-11-20']);
      expect(items.map((li) => li.getAttribute('data-assessment'))).toEqual(['done', 'in-progress']);
      const sources = [...items[0]!.querySelectorAll('[data-source]')];
      expect(sources.map((s) => s.querySelector('a')?.getAttribute('href'))).toEqual(['https://www.example.org/fixture/cameras-february?a=1&b=2', 'https://www.example.org/fixture/cameras-kk']);
      expect(sources[0]!.querySelector('a')?.textContent).toBe('Тестовый источник «A & B» <отчёт>');
      expect(sources[0]!.textContent).toContain('Example «A & B»');
      expect(sources[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2020-02-03');
      expect(sources[1]!.querySelector('a')?.getAttribute('lang')).toBe('kk');
      expect(sources[1]!.textContent).toContain(t('commitment.source_language_kk'));

      // Done late: the speech said 2020, the source says 2023; and the real record of the research (October 2019 promised, November done).
      for (const id of ['security-emergency-112', 'economy-concept-plan-discussion']) {
        const page = documentIn(dist, pagePath(lang, id));
        expect(page.querySelector('.commitment-status')?.getAttribute('data-outcome'), id).toBe('done-late');
        expect(page.querySelector('.status-badge')?.textContent, id).toBe(t('scoreboard.outcome_done-late'));
        expect(page.querySelector('.assessments__item [data-timeliness]')?.textContent, id).toBe(t('commitment.timeliness_late'));
      }
      // Done without a deadline: said so, neither on time nor late.
      expect(documentIn(dist, pagePath(lang, 'economy-tourism')).querySelector('.commitment-status')?.textContent).toContain(t('commitment.timeliness_no-deadline'));
    });

    it(`${lang}: a replacement is named and linked, disagreeing sources are said to disagree, a search with no report says when`, () => {
      const replaced = documentIn(dist, pagePath(lang, 'regions-dilapidated-demolition'));
      expect(replaced.querySelector('.commitment-status')?.getAttribute('data-status')).toBe('replaced');
      const link = replaced.querySelector('.commitment-status a[href*="/programmes/"]');
      expect(link?.getAttribute('href')).toBe(`/${lang}/programmes/dilapidated-housing/`);
      expect(link?.textContent).toBe(records['regions-dilapidated-demolition']![0]!.replacedBy!.name[lang]);
      const disagree = documentIn(dist, pagePath(lang, 'social-ambulances-2020'));
      expect(disagree.querySelector('.commitment-status [data-sources-disagree]')?.textContent).toBe(t('commitment.sources_disagree'));
      expect(disagree.querySelectorAll('.assessments__item [data-source]')).toHaveLength(2);
      const none = documentIn(dist, pagePath(lang, 'economy-qoldau-one-window'));
      expect(none.querySelector('.commitment-status')?.getAttribute('data-status')).toBe('no-report-found');
      expect(none.querySelectorAll('[data-source]')).toHaveLength(0);
      expect(none.querySelector('.assessments__item')?.textContent).toContain(t('commitment.no_report_found_note', { date: none.querySelector('.assessments__item time')?.textContent }));
      expect(documentIn(dist, pagePath(lang, 'security-cameras-2020')).querySelector('.commitment-status')?.getAttribute('data-status')).toBe('overdue-unassessed');
    });

    it(`${lang}: the scoreboard counts what the records say, in all and per priority, in the list, the chart and its table`, () => {
      const doc = documentIn(dist, `/${lang}/commitments/`);
      const board = doc.querySelector('#scoreboard')!;
      const count = (outcome: string, priority?: number) => ids.filter((id) => (priority === undefined || yaml[id]!.priority === priority) && expectedOutcome(id, records) === outcome).length;
      const number = (text: string | null | undefined) => Number((text ?? '').replace(/\s/g, ''));
      const listed = [...board.querySelectorAll('.scoreboard__totals li')];
      expect(listed.length).toBe(10);
      for (const li of listed) {
        const outcome = li.getAttribute('data-outcome')!;
        expect(number(li.querySelector('strong')?.textContent), outcome).toBe(count(outcome));
        expect(li.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/commitments/?status=${outcome}#commitments-table`);
      }
      for (const row of board.querySelectorAll('[data-scoreboard-table] tbody tr')) {
        const outcome = row.getAttribute('data-outcome')!;
        for (const cell of row.querySelectorAll('td')) {
          const priority = cell.getAttribute('data-priority')!;
          expect(number(cell.textContent), `${outcome} ${priority}`).toBe(count(outcome, priority === 'all' ? undefined : Number(priority)));
        }
      }
      const totals = [...board.querySelectorAll('[data-scoreboard-table] tfoot td')].map((td) => number(td.textContent));
      expect(totals).toEqual([ids.length, ...[1, 2, 3, 4, 5].map((p) => ids.filter((id) => yaml[id]!.priority === p).length)]);
      // The chart draws the same counts: one part per outcome present, its title saying the count.
      const chartParts = [...board.querySelectorAll('svg .scoreboard__part')].map((r) => r.querySelector('title')?.textContent);
      expect(chartParts).toContain(`${t('scoreboard.outcome_done-late')}: ${count('done-late')}`);
      // The table rows carry the same outcomes as the commitment pages.
      for (const row of doc.querySelectorAll('[data-commitments-table] tbody tr')) {
        expect(row.getAttribute('data-outcome'), row.id).toBe(expectedOutcome(row.id, records));
      }
      expect([...doc.querySelectorAll('#filter-status option')].map((o) => o.getAttribute('value'))).toContain('done-late');
    });

    it(`${lang}: the home page and each section page show their own line of the scoreboard, linked to the table`, () => {
      const label = (o: string) => t(`scoreboard.outcome_${o}`);
      const lineOf = (priority?: number) =>
        ['done-on-time', 'done-late', 'done-unclear', 'partly-done', 'in-progress', 'not-done', 'replaced', 'no-measurable-target', 'no-report-found', 'not-assessed']
          .map((o) => [o, ids.filter((id) => (priority === undefined || yaml[id]!.priority === priority) && expectedOutcome(id, records) === o).length] as const)
          .filter(([, n]) => n > 0)
          .map(([o, n]) => t('scoreboard.item', { label: label(o), n: String(n) }));
      const home = documentIn(dist, `/${lang}/`).querySelector('[data-score-line="all"]')!;
      expect([...home.querySelectorAll('a[data-outcome]')].map((a) => a.textContent)).toEqual(lineOf());
      expect(home.querySelector('a[data-outcome="done-late"]')?.getAttribute('href')).toBe(`/${lang}/commitments/?status=done-late#commitments-table`);
      ['state', 'security', 'economy', 'social', 'regions'].forEach((slug, i) => {
        const section = documentIn(dist, sectionPath(lang, slug));
        const line = section.querySelector(`[data-score-line="${i + 1}"]`);
        expect(squash(line?.textContent), slug).toBe(`: ${lineOf(i + 1).join(' · ')}`);
        expect(line?.parentElement?.querySelector('a')?.getAttribute('href')).toBe(`/${lang}/commitments/?priority=${i + 1}#priority-${i + 1}`);
      });
    });

    it(`${lang}: programme pages show the status of their commitments`, () => {
      const doc = documentIn(dist, `/${lang}/programmes/dilapidated-housing/`);
      const item = doc.querySelector('[data-commitment="regions-dilapidated-demolition"] [data-status]');
      expect(item?.getAttribute('data-status')).toBe('replaced');
      expect(item?.textContent).toContain(t('scoreboard.outcome_replaced'));
    });

    it.skipIf(noFeedParser)(`${lang}: the feed has one entry per assessment record, linking to it on its page, with its sources`, () => {
      const feed = parseFeed(readFileSync(path.join(dist, lang, 'feed.xml')));
      expect(feed.bozo, feed.error).toBeFalsy();
      expect(feed.entries).toHaveLength(all.length + corrections.length);
      for (const a of all) {
        const link = `${SITE_URL}${pagePath(lang, a.id)}#assessment-${a.date}`;
        const entry = feed.entries.find((e) => e.link === link);
        expect(entry, link).toBeDefined();
        expect(entry!.updated).toBe(`${a.date}T00:00:00Z`);
        expect(entry!.title).toBe(t('feed.assessment_title', { status: t(`commitment.status_${a.status}`), text: yaml[a.id]!.text[lang] }));
        for (const source of a.sources ?? []) expect(entry!.summary, link).toContain(source.publisher);
        expect(documentIn(dist, pagePath(lang, a.id)).getElementById(`assessment-${a.date}`)).not.toBeNull();
      }
      expect(feed.entries.find((e) => e.link.endsWith('security-cameras-2019/#assessment-2020-02-03'))!.summary).toContain('«A & B»');
      // The feed is as new as its newest entry, whichever kind it is.
      const newestDate = [...all, ...corrections].map((e) => e.date).sort().at(-1);
      expect(feed.feed.updated).toBe(`${newestDate}T00:00:00Z`);
    });
  }

  it('the open data carry the status, the date done, on time or late, the sources and both page addresses; the JSON validates against its schema', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'data/commitments.json'), 'utf8')) as { commitments: Array<Record<string, any>> };
    const schema = JSON.parse(readFileSync(path.join(dist, 'data/commitments.schema.json'), 'utf8')) as Record<string, any>;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const item = schema.properties.commitments.items;
    for (const field of ['achieved', 'onTime']) expect(item.properties[field].description, field).toBeTruthy();
    const cameras = json.commitments.find((c) => c.id === 'security-cameras-2019')!;
    expect(cameras).toMatchObject({ status: 'done', statusDate: '2020-02-03', achieved: '2019-12', onTime: true, statusAsOf: fixture.statusAsOf, deadlinePassed: false });
    expect(cameras.assessments.map((a: { date: string }) => a.date)).toEqual(['2020-02-03', '2019-11-20']);
    expect(cameras.assessments[0].sources).toEqual(records['security-cameras-2019']![1]!.sources);
    expect(cameras.pages).toEqual({ kk: pagePath('kk', 'security-cameras-2019'), ru: pagePath('ru', 'security-cameras-2019') });
    expect(json.commitments.find((c) => c.id === 'security-emergency-112')).toMatchObject({ status: 'done', achieved: '2023', onTime: false });
    expect(json.commitments.find((c) => c.id === 'economy-tourism')).toMatchObject({ status: 'done', onTime: null });
    expect(json.commitments.find((c) => c.id === 'regions-dilapidated-demolition')!.assessments[0].replacedBy).toEqual({ name: records['regions-dilapidated-demolition']![0]!.replacedBy!.name, programme: 'dilapidated-housing' });
    expect(json.commitments.find((c) => c.id === 'social-ambulances-2020')!.assessments[0].sourcesDisagree).toBe(true);
    expect(json.commitments.find((c) => c.id === 'security-cameras-2020')).toMatchObject({ status: 'not-assessed', deadlinePassed: true, assessments: [], achieved: null, onTime: null });
    const rows = parseCsv(readFileSync(path.join(dist, 'data/commitments.csv'), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.id === 'security-cameras-2019')).toMatchObject({
      status: 'done',
      status_date: '2020-02-03',
      achieved: '2019-12',
      on_time: 'true',
      status_as_of: fixture.statusAsOf,
      status_sources: 'Example «A & B», 2020-02-03: https://www.example.org/fixture/cameras-february?a=1&b=2 | Example Kz, 2020-01-28: https://www.example.org/fixture/cameras-kk',
      status_note_ru: 'Тестовая оценка: выполнено.',
      page_kk: `${SITE_URL}${pagePath('kk', 'security-cameras-2019')}`,
      page_ru: `${SITE_URL}${pagePath('ru', 'security-cameras-2019')}`,
    });
    expect(rows.find((r) => r.id === 'security-emergency-112')).toMatchObject({ on_time: 'false', achieved: '2023' });
  });
});
