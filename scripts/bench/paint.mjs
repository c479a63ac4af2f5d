// `npm run bench:paint`: how soon the reading pages paint, for a reader who arrives from a shared link.
// For the home, a section, a programme and a commitment page in both languages: what the first visit
// transfers (gzip and brotli, from dist/), what a second page of the site then costs (the files the
// first page left in the cache not counted), the requests Chromium makes, and Lighthouse's first and
// largest contentful paint (median of 3 runs, mobile, simulated throttling). Prints figures, checks nothing.
// `--runs=5` changes the number of Lighthouse runs, `--no-lighthouse` skips them.
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { pageWeight } from '../page-weight.mjs';
import { serve } from '../static-server.mjs';
import { launchBrowsers, requestsOf } from './browsers.mjs';

// The second page is measured after the first of the same language (a reader following a link).
const PAGES = [
  ['home', '/kk/', '/kk/speech/'],
  ['home', '/ru/', '/ru/speech/'],
  ['section', '/kk/speech/economy/', '/kk/'],
  ['section', '/ru/speech/economy/', '/ru/'],
  ['programme', '/kk/programmes/qoldau/', '/kk/speech/economy/'],
  ['programme', '/ru/programmes/qoldau/', '/ru/speech/economy/'],
  ['commitment', '/kk/commitments/economy-damu-10bn/', '/kk/speech/economy/'],
  ['commitment', '/ru/commitments/economy-damu-10bn/', '/ru/speech/economy/'],
];

if (!existsSync('dist/index.html')) {
  console.error('Run "npm run build" first.');
  process.exit(1);
}
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const kb = (n) => (n / 1024).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Bytes of `url` not already loaded by `before` (cached files are not fetched again). */
function afterFirst(url, before) {
  const cached = new Set(pageWeight('dist', before).resources.map((r) => r.url));
  const fresh = pageWeight('dist', url).resources.filter((r) => !cached.has(r.url));
  return { gzip: fresh.reduce((sum, r) => sum + r.gzip, 0), brotli: fresh.reduce((sum, r) => sum + r.brotli, 0) };
}

const server = await serve({ root: 'dist', port: 0 });
const { browser, chrome } = await launchBrowsers(withLighthouse);
const rows = [];
try {
  for (const [template, url, before] of PAGES) {
    const weight = pageWeight('dist', url);
    const second = afterFirst(url, before);
    const requests = await requestsOf(browser, `${server.url}${url}`);
    const row = {
      template,
      url,
      'gzip KB': kb(weight.total.gzip),
      'brotli KB': kb(weight.total.brotli),
      'CSS in HTML': weight.inlineCss ? `${kb(weight.inlineCss)} raw` : '-',
      'as 2nd page gz/br KB': `${kb(second.gzip)}/${kb(second.brotli)}`,
      requests,
    };
    if (chrome) {
      const fcp = [];
      const lcp = [];
      const scores = [];
      for (let i = 0; i < runs; i += 1) {
        const { lhr } = await lighthouse(`${server.url}${url}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        fcp.push(lhr.audits['first-contentful-paint'].numericValue);
        lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
        scores.push(['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((lhr.categories[k]?.score ?? 0) * 100)).join('/'));
      }
      row['FCP ms'] = Math.round(median(fcp));
      row['LCP ms'] = Math.round(median(lcp));
      row['perf/a11y/bp/seo'] = [...new Set(scores)].join(' ');
    }
    rows.push(row);
  }
} finally {
  await browser.close();
  chrome?.kill();
  await server.close();
}
console.log(`First visit from a shared link. FCP/LCP: Lighthouse mobile (simulated throttling), median of ${runs}, served from localhost.`);
console.table(rows);
