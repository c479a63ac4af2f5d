import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser, pageWithRequestLog } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

// One page of every template, in both languages; a new template belongs in this list.
const TEMPLATES = [
  '/{lang}/',
  '/{lang}/speech/',
  '/{lang}/speech/economy/',
  '/{lang}/speech/social/',
  '/{lang}/speech/regions/parallel/',
  '/{lang}/programmes/',
  '/{lang}/programmes/qoldau/',
  '/{lang}/commitments/',
  '/{lang}/search/?q=Qoldau',
  '/{lang}/glossary/',
  '/{lang}/data/',
  '/{lang}/embed/',
  '/embed/{lang}/speech/economy/',
  '/embed/{lang}/programmes/bakytty-otbasy/',
  '/embed/{lang}/commitments/',
];
const PAGES = [...new Set(['/', '/404.html', ...TEMPLATES.flatMap((t) => ['kk', 'ru'].map((lang) => t.replace('{lang}', lang)))])];

describe.skipIf(noBrowser)('WCAG 2.2 A and AA (axe-core in Chromium), light and dark', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of PAGES) {
    it(path, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, foreign } = await pageWithRequestLog(browser, baseUrl, { colorScheme });
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        expect(foreign, `${path} requests another origin`).toEqual([]);
        await page.context().close();
      }
    });
  }
});
