import { chromium } from 'playwright-core';
import { serve } from '../static-server.mjs';
const [dist, lang, ...qs] = process.argv.slice(2);
const server = await serve({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`${server.url}/${lang}/search/`);
for (const q of qs) {
  const r = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const res = await pf.search(q);
    return Promise.all(res.results.slice(0, 4).map(async (x) => { const d = await x.data(); const w = d.content.split(' '); return d.url + ' ' + x.words.slice(0, 3).map((i) => w[i]).join('|'); }));
  }, q);
  console.log(q, r);
}
await browser.close(); server.close();
