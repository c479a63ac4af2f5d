// The browsers the page benchmarks measure with (`npm run bench`, `npm run bench:paint`): Debian's
// Chromium driven by Playwright for requests, and the same Chromium started for Lighthouse.
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Starts Chromium under Playwright and, when Lighthouse runs, a Chromium for it (`chrome.port`).
 * @example const { browser, chrome } = await launchBrowsers(true)
 */
export async function launchBrowsers(withLighthouse) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  const chrome = withLighthouse ? await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS }) : undefined;
  return { browser, chrome };
}

/**
 * The requests Chromium makes to load a page until the network is quiet.
 * @example await requestsOf(browser, 'http://localhost:4321/ru/') // 3
 */
export async function requestsOf(browser, url) {
  const page = await browser.newPage();
  let requests = 0;
  page.on('request', () => (requests += 1));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return requests;
}
