import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Decap's own build (one script that loads its parts from its own folder), served from our origin.
const DECAP_DIST = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/**
 * The files of Decap CMS's build that the editor loads: its script, the parts it loads on demand and
 * their WebAssembly; not the source maps or the second copy built as `cms.js`.
 * @example decapFiles().includes('decap-cms.js') // true
 */
export function decapFiles(): string[] {
  return readdirSync(DECAP_DIST).filter((name) => /(^|\.)decap-cms\.js$|\.wasm$/.test(name)).sort();
}

/**
 * One file of Decap's build, as it is.
 * @example decapFile('decap-cms.js').length > 0 // true
 */
export function decapFile(name: string): Buffer {
  return readFileSync(path.join(DECAP_DIST, path.basename(name)));
}

/**
 * The editor's page: never indexed, no reading page's styles or scripts; our script first, so that
 * Decap waits for the site's formats before it starts.
 * @example editorPage().includes('noindex') // true
 */
export function editorPage(): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Редактор Joldau · Joldau редакторы</title>
</head>
<body>
<script src="/admin/editor.js"></script>
<script src="/admin/decap-cms.js"></script>
</body>
</html>
`;
}
