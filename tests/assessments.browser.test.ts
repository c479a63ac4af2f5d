import { copyFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser } from './helpers/browser';
import { buildWith, removeCopies } from './helpers/content-build';

// The pages with what the research brings (every status, sources, a replacement, disagreeing sources),
// from a copy of the project built with the fixture of tests/fixtures/assessments*, in a real browser.
const workdirs: string[] = [];
let browser: Browser;
let server: { url: string; close: () => unknown };

describe.skipIf(noBrowser)('assessment pages in Chromium (fixture build)', () => {
  beforeAll(async () => {
    const build = buildWith((dir) => {
      copyFileSync('tests/fixtures/assessments.yaml', path.join(dir, 'content/assessments.yaml'));
      rmSync(path.join(dir, 'content/assessments'), { recursive: true, force: true });
      cpSync('tests/fixtures/assessments', path.join(dir, 'content/assessments'), { recursive: true });
    }, workdirs);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    server = await serve({ root: path.join(build.dir, 'dist'), port: 0 });
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeCopies(workdirs);
  });

  it('a count of the scoreboard opens the table filtered to it, and the filter shows it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ru/commitments/`);
    const expected = await page.$$eval('[data-commitments-table] tbody tr[data-outcome="done-late"]', (rows) => rows.map((r) => r.id));
    expect(expected.length).toBeGreaterThan(0);
    await page.click('.scoreboard__totals li[data-outcome="done-late"] a');
    await page.waitForURL(/status=done-late/);
    const shown = await page.$$eval('[data-commitments-table] tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id));
    expect(shown).toEqual(expected);
    expect(await page.inputValue('#filter-status')).toBe('done-late');
    await page.close();
  });

  for (const url of ['/ru/commitments/', '/kk/commitments/', '/kk/commitments/security-cameras-2019/', '/ru/commitments/regions-dilapidated-demolition/', '/kk/', '/ru/speech/economy/', '/kk/programmes/dilapidated-housing/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no WCAG 2.2 AA violations: ${url} (${colorScheme})`, async () => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${url}`);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
