// scratch: node scripts/search/.eval.mjs DIST TSV
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../static-server.mjs';
import { submitQuery } from './page-driver.mjs';
const [dist, tsv] = process.argv.slice(2);
const rows = readFileSync(tsv, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const server = await serve({ root: dist, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pages = {};
for (const lang of ['kk', 'ru']) { pages[lang] = await browser.newPage(); await pages[lang].goto(`${server.url}/${lang}/search/`); }
const stats = {};
for (const [lang, rule, q, exp] of rows) {
  const r = await submitQuery(pages[lang], q);
  const rank = r.links.map((l) => l.split('#')[0]).indexOf(exp) + 1;
  const s = (stats[`${lang} ${rule}`] ??= { n: 0, h1: 0, h3: 0 });
  s.n++; if (rank === 1) s.h1++; if (rank >= 1 && rank <= 3) s.h3++;
  if (rank !== 1) console.log(`MISS ${lang} ${rule} «${q}» rank ${rank} exp ${exp.replace(/^\/(kk|ru)\//, '')} got`, r.links.slice(0, 3).map((l) => l.replace(/^\/(kk|ru)\//, '')).join('  '));
}
for (const [k, s] of Object.entries(stats)) console.log(`${k}: hit@1 ${s.h1}/${s.n} hit@3 ${s.h3}/${s.n}`);
await browser.close(); server.close();
