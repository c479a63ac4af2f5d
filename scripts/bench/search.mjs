// `npm run bench:search`: the search index per language, and what a query costs in Chromium on
// localhost: bytes and time to first results for a cold first query (empty cache, the search page
// opened from a link with ?q=, as from the header's field or a shared link), the rest of the index that
// then loads in the background, and warm queries (later queries on the same page); the size of the word
// lists for corrections; and typing to first result on our search page against Pagefind's stock UI
// (@pagefind/default-ui) over the same index, side by side in the same browser, with the ratio. Prints
// figures; checks nothing.
//
// Bytes are counted per search file Chromium fetched (/pagefind/, from the page or Pagefind's worker),
// as a static host sends it: text (JS, JSON) compressed with brotli and gzip, Pagefind's index files as
// they are (Pagefind gzips them itself). The site is served by `npm run serve` in a process of its own,
// as a reader's browser would meet it.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { submitQuery } from '../search/page-driver.mjs';
import { serve } from '../static-server.mjs';
import { wordListFile } from '../../src/lib/search/word-list.ts';

const DIST = 'dist';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 3;
// Typing runs: each query of a language is once the first query of a freshly opened page.
const TYPING_RUNS = 6;
// Each cold query is the first of a fresh browser (empty cache), opened as /{lang}/search/?q=; the warm
// ones follow on the same page once the rest of the index has loaded.
const QUERIES = {
  kk: { cold: ['денсаулық сақтау', 'Qoldau', 'жастарға', 'Казакстан'], warm: ['бизнеске несие', 'Бакытты отбасы', 'мектеп формасы', 'Алатауский'] },
  ru: { cold: ['кредиты для бизнеса', 'Qoldau', 'школьная форма', 'видеоаналитика'], warm: ['Нурлы жер', 'Алатау ауданы', 'ветхое жильё', 'Báıterek'] },
};
const TEXT = /\.(js|mjs|json|html|css|txt)$/;

if (!existsSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'))) {
  console.error('dist/pagefind is missing: run "npm run build" first.');
  process.exit(1);
}

const kb = (n) => (n / 1024).toFixed(1);
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const median = (values) => percentile(values, 0.5);

function served(pathname) {
  const buffer = readFileSync(path.join(DIST, pathname));
  if (!TEXT.test(pathname)) return { raw: buffer.length, brotli: buffer.length, gzip: buffer.length };
  return {
    raw: buffer.length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(buffer, { level: 9 }).length,
  };
}

// Each file counts once: a file fetched again (a preload and its use) comes from the browser's cache.
function total(fetched) {
  const pathnames = [...new Set(fetched)];
  const sum = { raw: 0, brotli: 0, gzip: 0, list: pathnames };
  for (const p of pathnames) for (const [k, v] of Object.entries(served(p))) sum[k] += v;
  return sum;
}

function indexSize(lang) {
  const dir = path.join(DIST, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')).languages[lang];
  const sizeOf = (sub) => readdirSync(path.join(dir, sub)).filter((f) => f.startsWith(`${lang}_`)).reduce((s, f) => s + statSync(path.join(dir, sub, f)).size, 0);
  const chunks = readdirSync(path.join(dir, 'index')).filter((f) => f.startsWith(`${lang}_`)).length;
  return {
    pages: entry.page_count,
    'words index KB': kb(sizeOf('index') + statSync(path.join(dir, `pagefind.${entry.hash}.pf_meta`)).size),
    chunks,
    'filters KB': kb(sizeOf('filter')),
    'page texts KB': kb(sizeOf('fragment')),
    'wasm KB': kb(statSync(path.join(dir, `wasm.${entry.wasm ?? 'unknown'}.pagefind`)).size),
  };
}

async function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const port = /localhost:(\d+)/.exec(String(chunk))?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.on('exit', (code) => reject(new Error(`npm run serve stopped (exit ${code})`)));
  });
  return { url, close: () => child.kill() };
}

// Every /pagefind/ file a context fetches, from its pages and their workers, in order.
function searchFilesOf(context) {
  const files = [];
  context.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/pagefind/')) files.push(pathname);
  });
  return files;
}

// Opens the search page at ?q=query and resolves with the milliseconds from navigation to the results
// drawn (a MutationObserver set up before the page's scripts run).
async function openWithQuery(page, url) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.querySelector('[data-search]');
      if (root?.dataset.state !== 'done') return;
      window.resultsDrawnAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.resultsDrawnAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.resultsDrawnAt);
}

// `-- --typing` runs only the comparison with the stock UI, `-- --cold` only the cold and warm queries.
const typingOnly = process.argv.includes('--typing');
const coldOnly = process.argv.includes('--cold');
const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const rows = [];
for (const [lang, { cold, warm }] of Object.entries(typingOnly ? {} : QUERIES)) {
  const coldRuns = [];
  const warmRuns = [];
  const backgroundKb = [];
  for (let run = 0; run < RUNS; run += 1) {
    for (const query of cold) {
      const context = await browser.newContext();
      const fetched = searchFilesOf(context);
      const page = await context.newPage();
      const ms = await openWithQuery(page, `${server.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
      const first = [...fetched];
      coldRuns.push({ query, ms, bytes: total(first) });
      // Once the reader is back in the field, the rest of the index loads in the background.
      await page.focus('input[name="q"]');
      await page.waitForFunction(() => document.querySelector('[data-search]')?.dataset.index === 'complete', null, { timeout: 30_000 });
      backgroundKb.push(total(fetched.slice(first.length)).brotli);
      for (const next of warm) {
        const before = fetched.length;
        const { ms: warmMs } = await submitQuery(page, next);
        warmRuns.push({ ms: warmMs, files: fetched.slice(before) });
      }
      await context.close();
    }
  }
  const coldBr = coldRuns.map((r) => r.bytes.brotli);
  const heaviest = coldRuns.find((r) => r.bytes.brotli === Math.max(...coldBr));
  rows.push({
    lang,
    ...indexSize(lang),
    'cold KB br (median/max)': `${kb(median(coldBr))}/${kb(Math.max(...coldBr))}`,
    'heaviest cold query': heaviest.query,
    'its KB raw/br/gz': `${kb(heaviest.bytes.raw)}/${kb(heaviest.bytes.brotli)}/${kb(heaviest.bytes.gzip)}`,
    'cold ms (median/max)': `${median(coldRuns.map((r) => r.ms)).toFixed(0)}/${Math.max(...coldRuns.map((r) => r.ms)).toFixed(0)}`,
    'then in background KB': kb(median(backgroundKb)),
    'warm ms (median/p90/max)': [0.5, 0.9, 1].map((p) => percentile(warmRuns.map((r) => r.ms), p).toFixed(1)).join('/'),
    'warm KB': kb(Math.max(...warmRuns.map((r) => total(r.files).brotli))),
  });
  if (process.argv.includes('--files')) {
    console.log(`${lang}: files of the heaviest cold query, «${heaviest.query}»:`);
    console.table(heaviest.bytes.list.map((f) => ({ file: f, ...Object.fromEntries(Object.entries(served(f)).map(([k, v]) => [k, kb(v)])) })));
  }
}
server.close();

// Word lists for corrections (src/lib/search/word-list.ts), fetched only when a query needs one.
const wordLists = Object.keys(QUERIES).map((lang) => {
  const { raw, brotli, gzip } = served(`pagefind/${wordListFile(lang)}`);
  const words = readFileSync(path.join(DIST, 'pagefind', wordListFile(lang)), 'utf8').split('\n').filter(Boolean).length;
  return { lang, words, 'KB raw/br/gz': `${kb(raw)}/${kb(brotli)}/${kb(gzip)}` };
});

// Typing to first result, ours against Pagefind's stock UI. The stock UI (@pagefind/default-ui, bundled
// here with esbuild, default options: 300 ms debounce) runs on a fixture page, /stock/{lang}/, served
// with the built site from one server, over the very same dist/pagefind index. A query is entered at
// once (one input event, as a phone's suggestion or a paste does) and timed until its first result is
// on screen (ours: from the quick index or from Pagefind, whichever comes first): the first query of a
// freshly opened page, and later queries on that page.
const TYPED = {
  kk: ['денсаулық', 'мектеп формасы', 'видеоаналитика', 'жастарға', 'несие', 'лифтілер'],
  ru: ['кредиты', 'школьная форма', 'видеоаналитика', 'коррупция', 'мигранты', 'лифтов'],
};

async function stockFixture() {
  const root = mkdtempSync(path.join(tmpdir(), 'joldau-stock-ui-'));
  for (const entry of readdirSync(DIST)) symlinkSync(path.resolve(DIST, entry), path.join(root, entry));
  await build({
    stdin: {
      contents: "import { PagefindUI } from '@pagefind/default-ui'; new PagefindUI({ element: '#search', bundlePath: '/pagefind/' });",
      resolveDir: process.cwd(),
    },
    bundle: true, format: 'esm', minify: true, outfile: path.join(root, 'stock-ui.js'), logLevel: 'error',
  });
  copyFileSync('node_modules/@pagefind/default-ui/css/ui.css', path.join(root, 'stock-ui.css'));
  for (const lang of Object.keys(TYPED)) {
    mkdirSync(path.join(root, 'stock', lang), { recursive: true });
    writeFileSync(path.join(root, 'stock', lang, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind stock UI</title><link rel="stylesheet" href="/stock-ui.css"><script type="module" src="/stock-ui.js"></script></head><body><div id="search"></div></body></html>`);
  }
  return root;
}

// Milliseconds from entering `query` to its first result on screen (NaN after 20 s: none came).
function timeToFirstResult(page, stock, query) {
  return page.evaluate(([q, isStock]) => new Promise((resolve) => {
    setTimeout(() => resolve(Number.NaN), 20_000);
    const input = document.querySelector(isStock ? '.pagefind-ui__search-input' : 'input[name="q"]');
    const ready = isStock
      ? () => document.querySelector('.pagefind-ui__message')?.textContent?.includes(q) && document.querySelector('.pagefind-ui__result-title')
      : () => { const root = document.querySelector('[data-search]'); return ['quick', 'done'].includes(root.dataset.state) && root.dataset.query === q && root.querySelector('.search-result'); };
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }), [query, stock]);
}

async function clearStock(page) {
  await page.evaluate(() => {
    const input = document.querySelector('.pagefind-ui__search-input');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector('.pagefind-ui__result'));
}

const fixture = await stockFixture();
const both = await serve({ root: fixture, port: 0 });
// When the first query comes: the instant the page has loaded (a paste faster than any reader), a
// second after (a quick reader: tap the field, type or pick a word), or once the page's network has been
// quiet for half a second.
const TYPED_WHEN = {
  'at load': { waitUntil: 'load', delay: 0 },
  'load + 1 s': { waitUntil: 'load', delay: 1000 },
  'network quiet': { waitUntil: 'networkidle', delay: 0 },
};
const typing = [];
for (const lang of coldOnly ? [] : Object.keys(TYPED)) {
  for (const [when, { waitUntil, delay }] of Object.entries(TYPED_WHEN)) {
    const times = { ours: { cold: [], warm: [] }, stock: { cold: [], warm: [] } };
    const missed = { ours: new Set(), stock: new Set() };
    for (let run = 0; run < TYPING_RUNS; run += 1) {
      for (const [who, url] of [['ours', `/${lang}/search/`], ['stock', `/stock/${lang}/`]]) {
        const stock = who === 'stock';
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${both.url}${url}`, { waitUntil });
        await page.waitForSelector(stock ? '.pagefind-ui__search-input' : '[data-search][data-state="idle"]');
        await page.waitForTimeout(delay);
        const queries = [...TYPED[lang].slice(run % TYPED[lang].length), ...TYPED[lang].slice(0, run % TYPED[lang].length)];
        for (const [i, query] of queries.entries()) {
          if (stock && i > 0) await clearStock(page);
          const ms = await timeToFirstResult(page, stock, query);
          if (Number.isNaN(ms)) missed[who].add(query);
          times[who][i === 0 ? 'cold' : 'warm'].push(ms);
        }
        await context.close();
      }
    }
    const m = (who, kind) => median(times[who][kind].filter((t) => !Number.isNaN(t)));
    for (const [who, { cold, warm }] of Object.entries(times)) {
      const count = [...cold, ...warm].filter((t) => Number.isNaN(t)).length;
      if (count > 0) console.log(`${lang}, ${who}, typed ${when}: ${count} of ${cold.length + warm.length} queries showed no result within 20 s (${[...missed[who]].join(', ')}); left out of the medians`);
    }
    typing.push({
      lang,
      'first query typed': when,
      'ours first/next ms (median)': `${m('ours', 'cold').toFixed(0)}/${m('ours', 'warm').toFixed(0)}`,
      'stock UI first/next ms (median)': `${m('stock', 'cold').toFixed(0)}/${m('stock', 'warm').toFixed(0)}`,
      'ratio first': (m('ours', 'cold') / m('stock', 'cold')).toFixed(2),
      'ratio next': (m('ours', 'warm') / m('stock', 'warm')).toFixed(2),
    });
  }
}
await both.close();
rmSync(fixture, { recursive: true, force: true });
await browser.close();
console.log(`Search in Chromium on localhost: ${RUNS} runs of ${QUERIES.kk.cold.length} cold first queries per language (a fresh browser each), each followed by ${QUERIES.kk.warm.length} warm queries.`);
console.log('KB: raw as fetched here / brotli / gzip as a static host sends text; Pagefind index files are pre-gzipped by Pagefind.');
console.table(rows);
console.log('Word lists for corrections (fetched only when a query needs correcting):');
console.table(wordLists);
if (!coldOnly) console.log(`Typing to first result: ours (/{lang}/search/) against Pagefind's stock UI (@pagefind/default-ui) over the same index, ${TYPING_RUNS} runs per language (each query once the first of a page); the first query typed at one of three moments; ratio = ours / stock (at most 0.33 is the target).`);
if (!coldOnly) console.table(typing);
