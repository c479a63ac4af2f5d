// Where things are in dist/: the one place that maps a site path to its built file.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The built file that serves a site path: directory paths end in index.html; query and hash are dropped.
 * @example builtFile('dist', '/ru/speech/economy/#economy-8') // 'dist/ru/speech/economy/index.html'
 */
export function builtFile(dist, url) {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]);
  return path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/**
 * All HTML files below a folder, as site paths ("/ru/speech/") and files, sorted by path.
 * @example htmlPages('dist')[0] // { url: '/', file: 'dist/index.html' }
 */
export function htmlPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        pages.push({ url: rel.replace(/index\.html$/, ''), file: full });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
