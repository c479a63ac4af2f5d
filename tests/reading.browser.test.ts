import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, noBrowser, pageWithRequestLog } from './helpers/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

describe.skipIf(noBrowser)('reading the speech in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the paragraph when switching language', async () => {
    const { page, foreign } = await pageWithRequestLog(browser, baseUrl);
    await page.goto(`${baseUrl}/ru/speech/economy/#economy-8`);
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/kk\/speech\/economy\/#economy-8$/);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('economy-8');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('lands on the same page in the other language without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kk/speech/social/`);
    await page.click('[data-lang-switch]');
    await page.waitForURL(`${baseUrl}/ru/speech/social/`);
    expect(await page.textContent('h1')).toContain('Новый этап социальной модернизации');
    await context.close();
  });

  it('lets a reader choose a language at the root without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.click('a[data-choose-lang="ru"]');
    await page.waitForURL(`${baseUrl}/ru/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await context.close();
  });

  it('remembers the chosen language at the root with JavaScript', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.click('a[data-choose-lang="kk"]');
    await page.waitForURL(`${baseUrl}/kk/`);
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/kk/`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await context.close();
  });

  it('copies a paragraph link with the ¶ control', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/speech/regions/`);
    await page.focus('#regions-9 > a:last-child');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#regions-9$/);
    // The status is written once the clipboard has taken the text, which may come after the jump.
    await expect.poll(() => page.textContent('#copy-status')).toBe('Ссылка скопирована');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/ru/speech/regions/#regions-9`);
    await context.close();
  });
});
