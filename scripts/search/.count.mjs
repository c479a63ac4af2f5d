import { chromium } from 'playwright-core';
import { serve } from '../static-server.mjs';
import { submitQuery } from './page-driver.mjs';
const [dist, lang, ...qs] = process.argv.slice(2);
const server = await serve({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`${server.url}/${lang}/search/`);
for (const q of qs) { await submitQuery(page, q); console.log(q, await page.textContent('[data-status]')); }
await browser.close(); server.close();
