import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser, pageWithRequestLog } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** The data attributes of a table row, as the page renders them. */
interface Row {
  id: string;
  priority?: string;
  year?: string;
  quantity?: string;
  deadline?: string;
  status?: string;
  outcome?: string;
  outcomeRank?: string;
}

const visibleRows = (page: Page): Promise<Row[]> =>
  page.$$eval('[data-commitments-table] tbody tr', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => ({ id: r.id, ...(r as HTMLElement).dataset })),
  );

describe.skipIf(noBrowser)('the commitments table in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is complete without JavaScript: every row shown, no filters to misuse', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/commitments/?priority=3#priority-3`);
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows.map((r) => r.priority))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(await page.isVisible('[data-commitments-filters]')).toBe(false);
    expect(await page.evaluate(() => document.querySelector(':target')?.closest('tr')?.dataset.priority)).toBe('3');
    await context.close();
  });

  it('applies the filters of the URL, and keeps filter changes in the URL', async () => {
    const { page, foreign } = await pageWithRequestLog(browser, baseUrl);
    await page.goto(`${baseUrl}/ru/commitments/?priority=3`);
    let rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.priority === '3')).toBe(true);
    expect(await page.inputValue('#filter-priority')).toBe('3');
    expect(await page.textContent('[data-commitments-status]')).toBe(`Показано: ${rows.length} из 72`);

    await page.selectOption('#filter-year', '2020');
    await page.waitForURL(/[?&]year=2020/);
    rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.priority === '3' && r.year === '2020')).toBe(true);
    expect(new URL(page.url()).search).toBe('?priority=3&year=2020');

    await page.selectOption('#filter-priority', '');
    await page.selectOption('#filter-programme', 'video-monitoring');
    await page.waitForURL(/programme=video-monitoring/);
    rows = await visibleRows(page);
    expect(rows.map((r) => r.id)).toEqual(['security-cameras-2020']);

    await page.click('[data-commitments-reset]');
    await page.waitForURL(`${baseUrl}/ru/commitments/`);
    expect((await visibleRows(page)).length).toBe(72);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('sorts by a column header, both ways, with aria-sort and the sort in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/kk/commitments/`);
    const header = 'th[data-sort="deadline"]';
    await page.click(`${header} button`);
    await page.waitForURL(/sort=deadline/);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('ascending');
    let deadlines = (await visibleRows(page)).map((r) => r.deadline ?? '');
    const dated = deadlines.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    // Undated commitments come after every dated one.
    expect(deadlines.slice(0, dated.length).every(Boolean)).toBe(true);
    expect(dated[0]).toBe('2019-10-31');

    await page.click(`${header} button`);
    await page.waitForURL(/sort=-deadline/);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('descending');
    deadlines = (await visibleRows(page)).map((r) => r.deadline ?? '');
    expect(deadlines[0]).toBe('2025-12-31');

    // The sorted, filtered state survives a reload: it lives in the URL.
    await page.goto(`${baseUrl}/kk/commitments/?year=2019&sort=-quantity`);
    const rows = await visibleRows(page);
    expect(rows.every((r) => r.year === '2019')).toBe(true);
    const quantities = rows.map((r) => Number(r.quantity ?? -1)).filter((q) => q >= 0);
    expect(quantities).toEqual([...quantities].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-sort="quantity"]', 'aria-sort')).toBe('descending');
    await page.close();
  });

  it('filters by status from the URL (a status or one outcome of it) and sorts by status in the scoreboard order', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/ru/commitments/`);
    const all = await visibleRows(page);
    // Whatever the content says today: the outcome of the first row, and the status it belongs to.
    const { outcome, status } = all[0]!;
    await page.goto(`${baseUrl}/ru/commitments/?status=${outcome}`);
    expect((await visibleRows(page)).map((r) => r.id)).toEqual(all.filter((r) => r.outcome === outcome).map((r) => r.id));
    expect(await page.inputValue('#filter-status')).toBe(outcome);
    await page.goto(`${baseUrl}/ru/commitments/?status=${status}`);
    expect((await visibleRows(page)).map((r) => r.id)).toEqual(all.filter((r) => r.status === status).map((r) => r.id));

    await page.goto(`${baseUrl}/ru/commitments/`);
    await page.click('th[data-sort="status"] button');
    await page.waitForURL(/sort=status/);
    const ranks = (await visibleRows(page)).map((r) => Number(r.outcomeRank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await page.getAttribute('th[data-sort="status"]', 'aria-sort')).toBe('ascending');
    await page.close();
  });

  it('is reachable from a priority page, filtered to that priority', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/kk/speech/regions/`);
    await page.click('.key-figures__more a');
    await page.waitForURL(`${baseUrl}/kk/commitments/?priority=5#priority-5`);
    const rows = await visibleRows(page);
    expect(rows.every((r) => r.priority === '5')).toBe(true);
    await page.close();
  });

  for (const path of ['/kk/commitments/', '/ru/commitments/?priority=2&sort=-deadline', '/ru/speech/economy/', '/kk/programmes/dilapidated-housing/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no WCAG 2.2 AA violations: ${path} (${colorScheme})`, async () => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl}${path}`);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
