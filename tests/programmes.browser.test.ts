import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, noBrowser } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe.skipIf(noBrowser)('from the speech to a programme and back, in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [lang, paragraph, slug] of [
    ['ru', 'economy-8', 'qoldau'],
    ['kk', 'regions-9', 'almaty-zhastary'],
    ['kk', 'social-15', 'bakytty-otbasy'],
  ] as const) {
    it(`${lang}: ${paragraph} → ${slug} → ${paragraph}`, async () => {
      const page = await browser.newPage();
      const section = paragraph.split('-')[0];
      await page.goto(`${baseUrl}/${lang}/speech/${section}/#${paragraph}`);
      await page.click(`#${paragraph} a[data-programme="${slug}"]`);
      await page.waitForURL(`${baseUrl}/${lang}/programmes/${slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.click(`a[data-mention="${paragraph}"]`);
      await page.waitForURL(`${baseUrl}/${lang}/speech/${section}/#${paragraph}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(paragraph);
      await page.close();
    });
  }
});
