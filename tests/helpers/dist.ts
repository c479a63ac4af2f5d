import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/**
 * Every built HTML page as its URL path (`/ru/speech/economy/`) and file.
 * @example builtPages().map((p) => p.url)
 */
export function builtPages(): Array<{ url: string; file: string }> {
  const pages: Array<{ url: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(DIST, full).split(path.sep).join('/');
        pages.push({ url: rel.replace(/index\.html$/, ''), file: full });
      }
    }
  };
  walk(DIST);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The built HTML of one URL path.
 * @example builtHtml('/ru/speech/economy/')
 */
export function builtHtml(url: string): string {
  const file = url.endsWith('/') ? `${url}index.html` : url;
  return readFileSync(path.join(DIST, file), 'utf8');
}
