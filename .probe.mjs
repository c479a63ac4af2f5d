import { chromium } from 'playwright-core';
import { submitQuery } from './scripts/search/page-driver.mjs';
import { serve } from './scripts/static-server.mjs';
const server = await serve({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = {};
for (const lang of ['kk', 'ru']) { pages[lang] = await browser.newPage(); await pages[lang].goto(`${server.url}/${lang}/search/`); pages[lang].on('pageerror', (e) => console.log('ERR', e.message)); }
for (const line of process.argv.slice(2)) {
  const [lang, q] = [line.slice(0, 2), line.slice(3)];
  const r = await submitQuery(pages[lang], q);
  const instead = await pages[lang].textContent('[data-correction]');
  console.log(`${lang} «${q}» ${r.ms.toFixed(0)}ms ${r.state} [${instead}] →`, r.links.slice(0, +(process.env.TOP ?? 3)).map((l) => l.replace(/^\/(kk|ru)\//, '')).join('  '));
}
await browser.close(); await server.close();
