// `npm run bench`: per page template, what a first visit transfers (from dist/, raw and compressed),
// the requests Chromium really makes, and Lighthouse scores on mobile settings. Prints a table; checks
// nothing (tests/budget.test.ts enforces the size budget). `--no-lighthouse` skips the slow part;
// `--only=section,programme` measures those templates only.
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { builtFile } from '../built-files.mjs';
import { pageWeight } from '../page-weight.mjs';
import { serve } from '../static-server.mjs';
import { launchBrowsers, requestsOf } from './browsers.mjs';

const TEMPLATES = [
  ['chooser', '/'],
  ['home', '/kk/'],
  ['speech', '/ru/speech/'],
  ['section', '/kk/speech/economy/'],
  ['section', '/ru/speech/economy/'],
  ['parallel', '/kk/speech/economy/parallel/'],
  ['programmes', '/ru/programmes/'],
  ['programme', '/kk/programmes/qoldau/'],
  ['commitments', '/ru/commitments/'],
  ['search', '/kk/search/?q=Qoldau'],
  ['search', '/ru/search/?q=кредиты для бизнеса'],
  ['embed', '/embed/ru/speech/economy/'],
  ['404', '/404.html'],
];

if (!existsSync('dist/index.html')) {
  console.error('Run "npm run build" first.');
  process.exit(1);
}
const withLighthouse = !process.argv.includes('--no-lighthouse');
// `-- --only=search` measures one template.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const kb = (n) => (n / 1024).toFixed(1);
const server = await serve({ root: 'dist', port: 0 });
const { browser, chrome } = await launchBrowsers(withLighthouse);
const rows = [];
for (const [template, url] of TEMPLATES.filter(([name]) => !only || only.includes(name))) {
  const file = url.split('?')[0];
  if (!existsSync(builtFile('dist', file))) continue;
  const weight = pageWeight('dist', file);
  const requests = await requestsOf(browser, `${server.url}${url}`);
  const row = {
    template,
    url,
    html: `${kb(weight.byKind.html?.raw ?? 0)}/${kb(weight.byKind.html?.brotli ?? 0)}`,
    // CSS is inline on most pages: its raw size, already counted in the HTML.
    css: weight.byKind.css ? `${kb(weight.byKind.css.raw)}/${kb(weight.byKind.css.brotli)}` : `${kb(weight.inlineCss)} inline`,
    js: `${kb(weight.byKind.js?.raw ?? 0)}/${kb(weight.byKind.js?.brotli ?? 0)}`,
    fonts: `${kb(weight.byKind.font?.raw ?? 0)}`,
    'total raw/br/gz KB': `${kb(weight.total.raw)}/${kb(weight.total.brotli)}/${kb(weight.total.gzip)}`,
    requests,
  };
  if (chrome) {
    const result = await lighthouse(`${server.url}${url}`, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    row['perf/a11y/bp/seo'] = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100)).join('/');
    const audit = (id) => result.lhr.audits[id]?.numericValue ?? 0;
    row['FCP/LCP/TBT ms, CLS'] = `${audit('first-contentful-paint').toFixed(0)}/${audit('largest-contentful-paint').toFixed(0)}/${audit('total-blocking-time').toFixed(0)}, ${audit('cumulative-layout-shift').toFixed(3)}`;
  }
  rows.push(row);
}
await browser.close();
chrome?.kill();
await server.close();
console.log('Sizes in KB: raw/brotli. Lighthouse: mobile settings (default throttling), served from localhost.');
console.table(rows);
