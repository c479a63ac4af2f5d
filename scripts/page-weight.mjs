// What a first visit to a built page transfers: its HTML (inline CSS included) plus the CSS, JS and fonts it references,
// followed through JS imports, raw and compressed (brotli and gzip, as static hosts serve them).
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { builtFile } from './built-files.mjs';

const sizes = (buffer) => ({
  raw: buffer.length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  gzip: gzipSync(buffer, { level: 9 }).length,
});

function jsImports(code) {
  return [...code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)].map((m) => m[1]);
}

/**
 * Weighs one built page: each resource it loads on first visit, by kind, with totals.
 * @example pageWeight('dist', '/ru/speech/economy/').total.brotli
 */
export function pageWeight(dist, url) {
  const resources = [];
  const seen = new Set();
  const add = (kind, ref, base) => {
    const resolved = new URL(ref, `http://site${base}`).pathname;
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const file = builtFile(dist, resolved);
    if (!existsSync(file)) return;
    const buffer = readFileSync(file);
    resources.push({ kind, url: resolved, ...sizes(buffer) });
    if (kind === 'js') for (const next of jsImports(buffer.toString('utf8'))) add('js', next, resolved);
    if (kind === 'css') {
      for (const m of buffer.toString('utf8').matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) add('font', m[1], resolved);
    }
  };
  add('html', url, '/');
  const { document } = parseHTML(readFileSync(builtFile(dist, url), 'utf8'));
  // CSS inside the HTML: already counted with it, reported apart.
  const inlineCss = [...document.querySelectorAll('style')].reduce((sum, style) => sum + Buffer.byteLength(style.textContent ?? ''), 0);
  for (const link of document.querySelectorAll('link[rel="stylesheet"][href]')) add('css', link.getAttribute('href'), url);
  for (const script of document.querySelectorAll('script[src]')) add('js', script.getAttribute('src'), url);
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) add('js', link.getAttribute('href'), url);
  for (const link of document.querySelectorAll('link[rel="preload"][as="font"][href]')) add('font', link.getAttribute('href'), url);
  const total = { raw: 0, brotli: 0, gzip: 0 };
  const byKind = {};
  for (const r of resources) {
    byKind[r.kind] ??= { raw: 0, brotli: 0, gzip: 0, count: 0 };
    for (const k of ['raw', 'brotli', 'gzip']) {
      total[k] += r[k];
      byKind[r.kind][k] += r[k];
    }
    byKind[r.kind].count += 1;
  }
  return { url, resources, byKind, total, inlineCss, requests: resources.length };
}

/**
 * The budget template a page falls under (first match wins).
 * @example templateOf(budget, '/ru/speech/economy/') // ['section', { totalCompressed: 40960, ... }]
 */
export function templateOf(budget, url) {
  return Object.entries(budget.templates).find(([, t]) => new RegExp(t.match).test(url));
}
