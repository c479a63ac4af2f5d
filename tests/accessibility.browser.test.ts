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
  '/{lang}/commitments/security-cameras-2019/',
  '/{lang}/search/?q=Qoldau',
  '/{lang}/glossary/',
  '/{lang}/data/',
  '/{lang}/embed/',
  '/embed/{lang}/speech/economy/',
  '/embed/{lang}/programmes/bakytty-otbasy/',
  '/embed/{lang}/commitments/',
  '/embed/{lang}/commitments/security-cameras-2019/',
];
const PAGES = [...new Set(['/', '/404.html', ...TEMPLATES.flatMap((t) => ['kk', 'ru'].map((lang) => t.replace('{lang}', lang)))])];
// States a reader opens on a phone (the header menu, "On this page") and the wide screen's column.
const STATES = [
  { name: 'phone, menu open', viewport: { width: 390, height: 844 }, open: '.site-menu__button' },
  { name: 'phone, "On this page" open', viewport: { width: 390, height: 844 }, open: '.page-nav__summary' },
  { name: 'wide screen', viewport: { width: 1600, height: 1000 } },
];

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

  for (const state of STATES) {
    for (const path of ['/kk/speech/economy/', '/ru/speech/economy/']) {
      it(`${path} (${state.name})`, async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page } = await pageWithRequestLog(browser, baseUrl, { colorScheme, viewport: state.viewport });
          await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
          if (state.open) await page.click(state.open);
          expect(await axeViolations(page), `${path} (${state.name}, ${colorScheme})`).toEqual([]);
          await page.context().close();
        }
      });
    }
  }
});
