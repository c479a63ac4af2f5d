// Where things are in dist/: the one place that maps a site path to its built file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_PATH } from '../src/lib/editor-path.ts';

/**
 * The built file that serves a site path: directory paths end in index.html; query and hash are dropped.
 * @example builtFile('dist', '/ru/speech/economy/#economy-8') // 'dist/ru/speech/economy/index.html'
 */
export function builtFile(dist, url) {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]);
  return path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * Every file below a folder, as site paths ("/ru/speech/index.html") and files, sorted by path.
 * @example siteFiles('dist').some((f) => f.path === '/robots.txt') // true
 */
export function siteFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ path: '/' + path.relative(dist, full).split(path.sep).join('/'), file: full });
    }
  };
  walk(dist);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * All HTML pages of the site below a folder, as site paths ("/ru/speech/") and files, sorted by path.
 * The editor (/admin/, Decap CMS) is not a page of the site: the checks of reading pages (links, search,
 * valid HTML, budgets, accessibility) skip it; it has its own policy and tests.
 * @example htmlPages('dist')[0] // { url: '/', file: 'dist/index.html' }
 */
export function htmlPages(dist) {
  return siteFiles(dist)
    .filter((f) => f.path.endsWith('.html') && !f.path.startsWith(EDITOR_PATH))
    .map((f) => ({ url: f.path.replace(/index\.html$/, ''), file: f.file }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
