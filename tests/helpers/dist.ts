import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlPages } from '../../scripts/check-site.mjs';

export const DIST = path.resolve('dist');

/**
 * Every built HTML page as its URL path (`/ru/speech/economy/`) and file, sorted by URL.
 * @example builtPages().map((p) => p.url)
 */
export function builtPages(): Array<{ url: string; file: string }> {
  return htmlPages(DIST).sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The built HTML of one URL path.
 * @example builtHtml('/ru/speech/economy/')
 */
export function builtHtml(url: string): string {
  const file = url.endsWith('/') ? `${url}index.html` : url;
  return readFileSync(path.join(DIST, file), 'utf8');
}
