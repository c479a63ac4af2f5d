import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { charsPerLine, firstScreen, visibleNavLinks } from '../scripts/layout-metrics.mjs';
import { launchBrowser, noBrowser, tabUntil } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const WIDE: BrowserContextOptions = { viewport: { width: 1600, height: 1000 } };
const LANGS = ['kk', 'ru'] as const;

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe.skipIf(noBrowser)('reading layout on phones and wide screens, in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of LANGS) {
    it(`${lang}: on a phone the header is one bar and the speech starts on the first screen`, async () => {
      const page = await open(`/${lang}/speech/economy/`, PHONE);
      const { header, firstParagraph } = await page.evaluate(firstScreen);
      expect(header).toBeLessThanOrEqual(64);
      expect(firstParagraph).toBeLessThan(844 - 100);
      // Nothing of the page's chrome is lost: priorities and search field are in the (closed) menu.
      expect(await page.isVisible('.site-nav__priorities')).toBe(false);
      expect(await page.locator('.site-nav__priorities a').count()).toBe(5);
      expect(await page.locator('#site-search-q').count()).toBe(1);
      expect(await page.isVisible('.key-figures__item')).toBe(true);
      await page.context().close();
    });

    it(`${lang}: on a wide screen, mid-section, the section's parts and the priorities are in view, the current ones marked`, async () => {
      const page = await open(`/${lang}/speech/economy/`, WIDE);
      await page.evaluate(() => document.getElementById('economy-20')!.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => document.querySelector('.page-nav__list [aria-current="location"]')?.getAttribute('href') === '#economy-17');
      const nav = await page.evaluate(visibleNavLinks);
      expect(nav.count).toBeGreaterThanOrEqual(10);
      expect(nav.current).toHaveLength(2);
      expect(await page.getAttribute('.page-nav__priorities [aria-current="page"]', 'href')).toBe(`/${lang}/speech/economy/`);
      const chars = await page.evaluate(charsPerLine);
      expect(chars).toBeGreaterThanOrEqual(55);
      expect(chars).toBeLessThanOrEqual(80);
      // Back to the top from the column.
      await page.click('.page-nav__top a');
      await page.waitForFunction(() => scrollY === 0);
      await page.context().close();
    });
  }

  it('opens the menu with the keyboard without JavaScript, and it holds the priorities and the search field', async () => {
    const page = await open('/kk/speech/economy/', { ...PHONE, javaScriptEnabled: false });
    await tabUntil(page, '.site-menu__button');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.site-nav__priorities a[href="/kk/speech/social/"]')).toBe(true);
    await tabUntil(page, '#site-search-q');
    await page.keyboard.type('Qoldau');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/kk/search/?q=Qoldau`);
    await page.context().close();
  });

  it('closes the menu with Escape and gives focus back to its button; "/" opens it at the search field (JavaScript)', async () => {
    const page = await open('/ru/speech/economy/', PHONE);
    await tabUntil(page, '.site-menu__button');
    await page.keyboard.press('Enter');
    await tabUntil(page, '.site-nav__main a');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.querySelector('[data-site-menu]') as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-menu__button'))).toBe(true);
    // "/" opens the closed menu to reach the search field in it.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(await page.isVisible('#site-search-q')).toBe(true);
    await page.context().close();
  });

  for (const javaScriptEnabled of [false, true]) {
    it(`"On this page" stays in reach on a phone and jumps to a part (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await open('/ru/speech/economy/', { ...PHONE, javaScriptEnabled });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const bar = await page.locator('.page-nav__summary').boundingBox();
      expect(bar && bar.y >= 0 && bar.y < 10 && bar.height <= 48).toBe(true);
      await page.focus('.page-nav__summary');
      await page.keyboard.press('Enter');
      await tabUntil(page, '.page-nav__list a[href="#economy-25"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#economy-25$/);
      // The paragraph is not hidden under the bar (or under the open list, without JavaScript).
      const covered = await page.evaluate(() => {
        const nav = document.querySelector('.page-nav')!.getBoundingClientRect();
        return document.getElementById('economy-25')!.getBoundingClientRect().top < nav.bottom;
      });
      expect(covered).toBe(false);
      if (javaScriptEnabled) {
        expect(await page.evaluate(() => document.querySelector('.page-nav details')!.hasAttribute('open'))).toBe(false);
        // The bar names the part on the next frame after the scroll, not at once.
        await expect.poll(() => page.textContent('[data-page-nav-where]')).toContain('25–31');
      }
      await page.context().close();
    });
  }

  it('moves nothing while the page loads and is read (no layout shift)', async () => {
    for (const options of [PHONE, WIDE]) {
      const page = await open('/kk/speech/economy/', options);
      // Reading down the page marks one part after another in "On this page".
      for (const y of [1500, 3000, 4500, 6000]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(150);
      }
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shift).toBe(0);
      await page.context().close();
    }
  });

  it('prints the text without any navigation', async () => {
    const page = await open('/ru/speech/economy/', WIDE);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.page-nav', '.site-menu', '.prev-next']) expect(await page.isVisible(selector), selector).toBe(false);
    expect(await page.isVisible('#economy-1')).toBe(true);
    await page.context().close();
  });
});
