import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSearchIndex, withSearchTerms } from '../scripts/search/index.mjs';
import { readCommitmentRecords } from '../src/build/commitment-records';
import { listCollection } from '../src/build/content-files';
import { useTranslations } from '../src/i18n';
import { LANGS } from '../src/lib/languages';
import { markKazakhLetters } from '../src/lib/search/letters';
import { launchBrowser, noBrowser } from './helpers/browser';
import { DIST } from './helpers/dist';
import { latestStatus } from './helpers/assessment-status';

const page = (body: string, lang = 'kk') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Мәзір</nav>${body}</body></html>`;

describe('the copy of a page that Pagefind indexes', () => {
  it('is nothing for a page without data-pagefind-body', () => {
    expect(withSearchTerms(page('<main><p>Қала</p></main>'))).toBeUndefined();
  });

  it('marks Kazakh letters in the content and in the aliases, and leaves the rest of the page alone', () => {
    const html = withSearchTerms(page('<div data-pagefind-body><h1 data-pagefind-meta="title">Қолдау</h1><span hidden data-pagefind-meta="aliases:Қолдау, Qoldau"></span><p id="economy-8">Қала</p></div>'))!;
    expect(html).toContain(`<p id="economy-8">${markKazakhLetters('Қала')}</p>`);
    expect(html).toContain(`data-pagefind-meta="aliases:${markKazakhLetters('Қолдау')}, Qoldau"`);
    expect(html).toContain('<nav>Мәзір</nav>');
  });

  it('keeps the title out of the text (it is ranked as metadata) and adds its folded Latin words as metadata', () => {
    const html = withSearchTerms(page('<div data-pagefind-body><h1 data-pagefind-meta="title">«Qoldaý» орталығы</h1><p>Мәтін</p></div>'))!;
    expect(html).toMatch(/<h1 (?=[^>]*data-pagefind-ignore)[^>]*data-pagefind-meta="title"/);
    expect(html).toMatch(/<span (?=[^>]*data-pagefind-ignore)[^>]*data-pagefind-meta="folded:колдау"[^>]*><\/span>/);
  });

  it('adds the folded spelling of Latin words at the end of their own block, marked as hidden', () => {
    const html = withSearchTerms(page('<div data-pagefind-body><p id="state-6">«Nur Otan» партиясы</p><ul><li>Almaty Invest</li></ul></div>'))!;
    expect(html).toContain('<p id="state-6">«Nur Otan» партиясы<span> ~нур ~отан</span></p>');
    expect(html).toContain('<li>Almaty Invest<span> ~алматы ~инвест</span></li>');
  });

  it('takes no words from parts Pagefind ignores', () => {
    const html = withSearchTerms(page('<div data-pagefind-body><p>Мәтін <a data-pagefind-ignore>Qoldaý</a></p><section data-pagefind-ignore><p>Isker Ana</p></section></div>'))!;
    expect(html).not.toContain('~');
  });
});

describe('building the index', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'joldau-search-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('refuses an embed or parallel view marked searchable, naming the file', async () => {
    for (const lang of LANGS) {
      mkdirSync(path.join(site, lang), { recursive: true });
      writeFileSync(path.join(site, lang, 'index.html'), page('<div data-pagefind-body><p>Мәтін</p></div>', lang));
    }
    mkdirSync(path.join(site, 'embed', 'ru', 'speech', 'economy'), { recursive: true });
    writeFileSync(path.join(site, 'embed', 'ru', 'speech', 'economy', 'index.html'), page('<div data-pagefind-body><p>Текст</p></div>', 'ru'));
    await expect(buildSearchIndex(site)).rejects.toThrow(/embed[\\/]ru[\\/]speech[\\/]economy[\\/]index\.html: embed and parallel views must stay out of search/);
  });
});

describe('the built index', () => {
  it("keeps Pagefind's JS API and its worker, and leaves out the ready-made interfaces the search page does not use", () => {
    for (const used of ['pagefind.js', 'pagefind-worker.js']) expect(existsSync(path.join(DIST, 'pagefind', used)), used).toBe(true);
    for (const unused of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js']) expect(existsSync(path.join(DIST, 'pagefind', unused)), unused).toBe(false);
  });
});

describe.skipIf(noBrowser)('the built index, read with Pagefind in Chromium', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  // Every page of one language's index, with its filters, read through Pagefind's JS API.
  async function indexOf(lang: string) {
    const tab = await browser.newPage();
    await tab.goto(`${baseUrl}/${lang}/search/`);
    // A string, so that the test runner does not rewrite the browser's import().
    return tab.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ noWorker: true });
      const all = await pf.search(null);
      const data = await Promise.all(all.results.map((r) => r.data()));
      return { urls: data.map((d) => d.url).sort(), filters: await pf.filters(), metas: Object.fromEntries(data.map((d) => [d.url, d.meta])) };
    })()`) as Promise<{ urls: string[]; filters: Record<string, Record<string, number>>; metas: Record<string, Record<string, string>> }>;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGS) {
    it(`${lang}: holds the speech, the programmes and the commitments of its own language only, no embed, parallel or search page`, async () => {
      const { urls } = await indexOf(lang);
      const programmes = listCollection(process.cwd(), 'programmes').filter((f) => f.lang === lang).map((f) => `/${lang}/programmes/${f.slug}/`);
      const promises = readCommitmentRecords(process.cwd()).map((c) => `/${lang}/commitments/${c.id}/`);
      for (const url of [`/${lang}/speech/`, `/${lang}/speech/economy/`, `/${lang}/commitments/`, ...programmes, ...promises]) expect(urls).toContain(url);
      for (const url of urls) {
        expect(url, url).toMatch(new RegExp(`^/${lang}/(speech/([a-z]+/)?|programmes/[a-z0-9-]+/|commitments/([a-z0-9-]+/)?)$`));
        expect(url).not.toMatch(/parallel|embed|search/);
      }
    });

    it(`${lang}: gives each promise its status, deadline and the pages that tell more about it`, async () => {
      const { metas } = await indexOf(lang);
      const t = useTranslations(lang);
      const lifts = metas[`/${lang}/commitments/regions-lifts/`]!;
      expect(lifts).toMatchObject({ type: 'commitment', priority: '5', status: t(`commitment.status_${latestStatus('regions-lifts')}`) });
      expect(lifts.deadline).toMatch(/2–3/);
      expect(lifts.about!.split(' ')).toEqual([`/${lang}/speech/regions/`]);
      const cameras = metas[`/${lang}/commitments/security-cameras-2019/`]!;
      expect(cameras.deadline).toMatch(/2019/);
      expect(cameras.about!.split(' ')).toEqual([`/${lang}/speech/security/`, `/${lang}/programmes/video-monitoring/`]);
    });

    it(`${lang}: filters by type, priority and programme`, async () => {
      const { filters } = await indexOf(lang);
      expect(Object.keys(filters.type!)).toEqual(expect.arrayContaining(['speech', 'programme']));
      expect(Object.keys(filters.priority!)).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5']));
      expect(Object.keys(filters.programme!).sort()).toEqual(listCollection(process.cwd(), 'programmes').filter((f) => f.lang === lang).map((f) => f.slug).sort());
      expect(filters.type!.speech).toBe(6);
    });
  }
});
