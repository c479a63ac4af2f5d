import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { submitQuery } from '../scripts/search/page-driver.mjs';
import { useTranslations } from '../src/i18n';
import { normaliseQuery } from '../src/lib/search/query';
import { latestStatus } from './helpers/assessment-status';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser, pageWithRequestLog } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** Opens a search page and records script errors and console errors while it is used. */
async function openSearch(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const { page, foreign } = await pageWithRequestLog(browser, baseUrl);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction(() => ['done', 'idle', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.state ?? ''));
  if (new URL(page.url()).searchParams.has('q')) {
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search]')?.dataset.state ?? ''));
  }
  return { page, errors, foreign };
}

const statusOf = (page: Page) => page.textContent('[data-status]');
const resultsOf = (page: Page) => page.$$eval('.search-result', (items) => items.map((li) => ({
  href: li.querySelector('a')!.getAttribute('href')!,
  title: li.querySelector('a')!.textContent!,
  meta: li.querySelector('.search-result__meta')!.textContent!,
  marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!),
})));

describe.skipIf(noBrowser)('the search page in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('works from a shared link: runs ?q= and links each result to the paragraph of the match', async () => {
    const { page, errors, foreign } = await openSearch('/ru/search/?q=Qoldaý');
    expect(await page.inputValue('#search-q')).toBe('Qoldaý');
    const results = await resultsOf(page);
    expect(results[0]).toMatchObject({ href: '/ru/programmes/qoldau/', title: 'Центр предпринимательства «Qoldaý»' });
    const speech = results.find((r) => r.href.startsWith('/ru/speech/economy/'));
    expect(speech).toMatchObject({ href: '/ru/speech/economy/#economy-8', meta: 'Раздел выступления · Приоритет 3 · абзац 8' });
    expect(speech!.marks).toEqual(['«Qoldaý»']);
    const t = useTranslations('ru');
    expect(await statusOf(page)).toBe(t('search.results', { count: (await page.$$('.search-result')).length }));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('shows Kazakh text with its own letters and counts results in Kazakh', async () => {
    const { page } = await openSearch('/kk/search/?q=Бакытты отбасы');
    const [first] = await resultsOf(page);
    expect(first).toMatchObject({ href: '/kk/programmes/bakytty-otbasy/', meta: 'Бағдарлама · 4-басымдық · 3-басымдық' });
    expect(first!.title).toContain('Бақытты отбасы');
    const count = (await page.$$('.search-result')).length;
    expect(await statusOf(page)).toBe(`${count} нәтиже табылды`);
    await page.context().close();
  });

  it('announces result counts in a live region, with the plural form the number needs', async () => {
    const { page } = await openSearch('/ru/search/');
    expect(await page.getAttribute('[data-status]', 'role')).toBe('status');
    const t = useTranslations('ru');
    const seen = new Set<string>();
    for (const query of ['видеоаналитика', 'коррупция', 'Алматы']) {
      await submitQuery(page, query);
      const status = (await statusOf(page))!;
      const count = Number(/\d+/.exec(status)?.[0]);
      expect(status).toBe(t('search.results', { count }));
      seen.add(new Intl.PluralRules('ru-RU').select(count));
    }
    expect([...seen].sort()).toEqual(['few', 'many', 'one']);
    await page.context().close();
  });

  it('shows pages with some of the words when no page has them all, and says so', async () => {
    const { page } = await openSearch('/ru/search/');
    const { links } = await submitQuery(page, 'AKIMAT LIVE Шымбулак');
    expect(links).toEqual(expect.arrayContaining(['/ru/programmes/akimat-live/', '/ru/speech/economy/#economy-20']));
    const t = useTranslations('ru');
    const count = Number(/\d+/.exec((await statusOf(page)) ?? '')?.[0]);
    expect(count).toBeGreaterThanOrEqual(links.length);
    expect(await statusOf(page)).toBe(`${t('search.results', { count })}. ${t('search.partial')}`);
    await page.context().close();
  });

  it('says so when the index cannot be loaded, and recovers on the next query', async () => {
    const { page } = await openSearch('/ru/search/');
    // The page preloads Pagefind's script as it opens: the failure has to come before, and the
    // reload with the failure still on leaves the preload failed too.
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.reload();
    expect((await submitQuery(page, 'Qoldau')).state).toBe('error');
    expect(await statusOf(page)).toBe(useTranslations('ru')('search.error'));
    await page.unroute('**/pagefind/pagefind.js');
    expect((await submitQuery(page, 'Qoldau')).links[0]).toBe('/ru/programmes/qoldau/');
    await page.context().close();
  });

  it('loads the index while a page opened without a query waits, so that even a corrected first query needs no network', async () => {
    const { page, errors } = await openSearch('/ru/search/');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.index === 'complete', null, { timeout: 20_000 });
    // Requests of the page and of Pagefind's worker (the next test shows the worker's are seen).
    const fetched: string[] = [];
    page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    expect((await submitQuery(page, 'экономеки')).links.length).toBeGreaterThan(0);
    expect(await page.textContent('[data-correction]')).toContain('«экономики»');
    expect((await submitQuery(page, 'Бақытты отбасы')).links[0]).toBe('/ru/programmes/bakytty-otbasy/');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads nothing of the index before the first query when the browser asks to save data', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const fetched: string[] = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/search/`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'idle');
    // Past the moment the page would have started loading the index.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1000))));
    const indexFiles = () => fetched.filter((p) => p.startsWith('/pagefind/') && p !== '/pagefind/pagefind.js');
    expect(indexFiles()).toEqual([]);
    expect((await submitQuery(page, 'Qoldau')).links[0]).toBe('/ru/programmes/qoldau/');
    expect(indexFiles().some((p) => p.endsWith('.pf_index'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.index)).toBeUndefined();
    await context.close();
  });

  it('shows what it searched instead of a misspelt query or one typed on the Latin layout, and searches the query as typed on request', async () => {
    const { page, errors } = await openSearch('/ru/search/');
    const note = () => page.textContent('[data-correction]');
    expect((await submitQuery(page, 'экономеки')).links.length).toBeGreaterThan(0);
    expect(await note()).toBe('Показаны результаты по запросу «экономики» · Искать «экономеки»');
    await page.click('[data-correction] a');
    await page.waitForURL(/exact=1/);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done');
    expect(await page.isHidden('[data-correction]')).toBe(true);
    expect((await submitQuery(page, 'rhtlbn')).links.length).toBeGreaterThan(0);
    expect(await note()).toContain('«кредит»');
    expect((await submitQuery(page, 'Qoldau')).links[0]).toBe('/ru/programmes/qoldau/');
    expect(await page.isHidden('[data-correction]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the address shareable as the query and filters change', async () => {
    const { page } = await openSearch('/ru/search/');
    await page.fill('#search-q', 'Нурлы жер');
    await page.waitForURL(`${baseUrl}/ru/search/?q=${encodeURIComponent('Нурлы жер').replace(/%20/g, '+')}`);
    await page.selectOption('select[name="type"]', 'speech');
    await page.waitForURL(/type=speech/);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done');
    const results = await resultsOf(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.meta.startsWith('Раздел выступления')).toBe(true);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('select[name="type"]')?.value === '');
    await page.context().close();
  });

  it('filters by priority and by type, with labels for every type', async () => {
    const { page } = await openSearch('/ru/search/?q=центр&priority=3&type=programme');
    expect(await page.inputValue('select[name="priority"]')).toBe('3');
    const results = await resultsOf(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.meta).toMatch(/^Программа · (Приоритет \d · )*Приоритет 3( · Приоритет \d)*$/);
    expect(results.map((r) => r.meta)).toContain('Программа · Приоритет 4 · Приоритет 3');
    const types = await page.$$eval('select[name="type"] option', (options) => options.map((o) => o.textContent));
    const t = useTranslations('ru');
    expect(types).toEqual([t('search.all'), t('search.type_speech'), t('search.type_programme'), t('search.type_commitments')]);
    await page.context().close();
  });

  it('moves with the keyboard: "/" to the field, arrows through results, Enter opens', async () => {
    const { page } = await openSearch('/ru/search/?q=Qoldau');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    const links = await page.$$eval('.search-result a', (as) => as.map((a) => a.getAttribute('href')));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${links[0]}`);
    await page.context().close();
  });

  it('says, without JavaScript, that search needs it; the header field still leads here', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kk/speech/economy/`);
    await page.fill('#site-search-q', 'Qoldau');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(`${baseUrl}/kk/search/?q=Qoldau`);
    const t = useTranslations('kk');
    expect(await page.isVisible('[data-needs-js]')).toBe(true);
    expect(await page.textContent('[data-needs-js] p')).toBe(t('search.needs_js'));
    expect(await page.$$eval('[data-needs-js] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['/kk/speech/', '/kk/programmes/']);
    await context.close();
  });

  const badInput: Array<[string, string]> = [
    ['HTML', '<img src=x onerror="window.pwned=1"><b>Qoldau</b>'],
    ['a script', '<script>window.pwned=1</script>'],
    ['10 000 characters', 'qwertyuiop '.repeat(910).slice(0, 10_000)],
    ['punctuation only', '!!! ??? … «» —'],
    ['emoji', '😀🏙️🚀'],
    ['right-to-left text', 'مرحبا بالعالم'],
  ];
  for (const [what, query] of badInput) {
    it(`answers ${what} with a clear "nothing found" and suggestions, no error, nothing injected`, async () => {
      const { page, errors } = await openSearch('/ru/search/');
      const { state, links } = await submitQuery(page, query);
      expect(state).toBe('done');
      expect(links).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.$$('[data-search] img, [data-search] script, [data-search] b')).toEqual([]);
      expect(await page.textContent('[data-status] bdi')).toBe(normaliseQuery(query));
      expect(await statusOf(page)).toBe(useTranslations('ru')('search.nothing', { query: normaliseQuery(query) }));
      expect(await page.isVisible('[data-nothing]')).toBe(true);
      // Never a bare "nothing": at least the same query in the other language, then the priorities.
      const hrefs = await page.$$eval('[data-nothing] a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(-5)).toEqual(['state', 'security', 'economy', 'social', 'regions'].map((s) => `/ru/speech/${s}/`));
      expect(hrefs).toContain(`/kk/search/?${new URLSearchParams({ q: normaliseQuery(query) })}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('answers from the quick index while Pagefind has not arrived, then with Pagefind', async () => {
    const { page, errors } = await openSearch('/ru/search/');
    // Pagefind held back: only the quick index can answer.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('input[name="q"]', 'замена лифтов');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'quick');
    const quick = await page.$$eval('.search-result a', (as) => as.map((a) => a.getAttribute('href')));
    expect(quick[0]).toBe('/ru/commitments/regions-lifts/');
    expect(await page.textContent('.search-result__meta')).toBe(useTranslations('ru')('search.type_commitment'));
    release();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.state === 'done');
    expect(await page.$$eval('.search-result__excerpt', (ps) => ps.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a found promise with its status and deadline', async () => {
    const { page } = await openSearch('/ru/search/');
    const { links } = await submitQuery(page, '948');
    expect(links[0]).toMatch(/^\/ru\/commitments\/regions-dilapidated-programme\//);
    const t = useTranslations('ru');
    const status = latestStatus('regions-dilapidated-programme');
    expect(await page.textContent('.search-result__meta')).toBe(`${t('search.type_commitment')} · ${t('priority.label', { number: 5 })} · ${t(`commitment.status_${status}`)} · ${t('search.deadline', { date: t('commitments.no_deadline') })}`);
    await page.context().close();
  });

  it('suggests, when nothing is found, the same query in the other language after any closer spelling', async () => {
    const { page } = await openSearch('/ru/search/');
    await submitQuery(page, 'Baktyty atbazy');
    const t = useTranslations('ru');
    expect(await page.textContent('[data-suggest]')).toMatch(new RegExp(`^${t('search_suggest.maybe')} `));
    const texts = await page.$$eval('[data-suggest] a', (as) => as.map((a) => a.textContent));
    expect(texts.at(-1)).toBe(t('search_suggest.other_language', { query: 'Baktyty atbazy' }));
    await page.context().close();
  });

  const hardToCorrect: Array<[string, string]> = [
    ['mixed scripts, emoji and typos', 'Qoldaú кредт 😀 инвестицыи مرحبا rhtlbn ЭКОНОМЕКИ 2025'],
    ['200 characters of typos', 'экономеки инвестицыи коррупцыя '.repeat(7)],
  ];
  for (const [what, query] of hardToCorrect) {
    it(`answers ${what} without an error or a freeze`, async () => {
      const { page, errors } = await openSearch('/ru/search/');
      const { state, ms } = await submitQuery(page, query);
      expect(state).toBe('done');
      // Not a timing test (times vary by machine): a correction gone exponential takes minutes.
      expect(ms).toBeLessThan(20_000);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const path of ['/ru/search/?q=Qoldau', '/kk/search/?q=%3Cb%3E!!!', '/kk/search/']) {
    it(`has no WCAG 2.2 AA violation on ${path}`, async () => {
      const { page, foreign } = await openSearch(path);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});
