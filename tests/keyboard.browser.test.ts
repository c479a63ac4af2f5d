import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, noBrowser, tabUntil } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe.skipIf(noBrowser)('keyboard-only reading, in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with a visible skip link that moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/ru/speech/economy/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти к основному содержанию');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reaches the language switcher and the search field by Tab, and "/" jumps to search', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/kk/speech/`);
    await tabUntil(page, '[data-lang-switch]');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('Qoldau');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/kk/search/?q=Qoldau`);
    await page.close();
  });

  it('shows a paragraph ¶ link when it gets focus and follows it with Enter', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/ru/speech/state/`);
    await tabUntil(page, '#state-1 > a:last-child');
    const opacity = await page.evaluate(() => getComputedStyle(document.activeElement!).opacity);
    expect(opacity).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#state-1$/);
    await page.close();
  });
});
