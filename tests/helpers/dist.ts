import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFile, htmlPages } from '../../scripts/built-files.mjs';

export const DIST = path.resolve('dist');

/**
 * Every built HTML page as its URL path (`/ru/speech/economy/`) and file, sorted by URL.
 * @example builtPages().map((p) => p.url)
 */
export function builtPages(): Array<{ url: string; file: string }> {
  return htmlPages(DIST);
}

/**
 * The built HTML of one URL path.
 * @example builtHtml('/ru/speech/economy/')
 */
export function builtHtml(url: string): string {
  return readFileSync(builtFile(DIST, url), 'utf8');
}
