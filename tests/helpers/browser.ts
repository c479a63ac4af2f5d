import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Path of the Chromium to drive, or undefined when none is installed. */
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  const message = `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with "apt-get install chromium".`;
  if (process.env.CI) throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n!!! ${message}\n!!! BROWSER TESTS ARE SKIPPED.\n`);
}

/** True when browser suites must be skipped (no Chromium, outside CI only). */
export const noBrowser = !chromiumPath;

/**
 * Starts headless Chromium with the flags this machine needs (no background network, no sandbox as root).
 * @example const browser = await launchBrowser(); const page = await browser.newPage();
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A new page that records every request leaving the given origin, to assert none does.
 * @example const { page, foreign } = await pageWithRequestLog(browser, baseUrl)
 */
export async function pageWithRequestLog(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, foreign };
}

/**
 * Presses Tab until the focused element matches the selector; fails after `limit` presses.
 * @example const presses = await tabUntil(page, '[data-lang-switch]')
 */
export async function tabUntil(page: Page, selector: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached with ${limit} Tab presses`);
}
