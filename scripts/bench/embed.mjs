// `npm run bench:embed` (after a build): what embedding costs a host page. Prints the size of /embed.js and
// of the embed views and cards (HTML, and the whole view with its CSS and script), raw and gzipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtFile, htmlPages } from '../built-files.mjs';

const dist = 'dist';
const size = (bytes) => `${bytes.length} B (gzip ${gzipSync(bytes).length} B)`;
const file = (url) => readFileSync(builtFile(dist, url));
const assets = (html) => [...html.toString().matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);

console.log(`/embed.js: ${size(file('/embed.js'))}`);
const pages = htmlPages(dist).filter((p) => p.url.startsWith('/embed/'));
// Full views (the pasted snippet) and cards (the oEmbed answer) separately: they differ tenfold.
for (const [kind, isCard] of [['embed view', false], ['card', true]]) {
  const views = pages
    .filter((p) => p.url.includes('/card/') === isCard)
    .map((p) => ({ url: p.url, html: file(p.url) }))
    .sort((a, b) => a.html.length - b.html.length);
  for (const [label, view] of [['smallest', views[0]], ['median', views[Math.floor(views.length / 2)]], ['largest', views.at(-1)]]) {
    const whole = Buffer.concat([view.html, ...assets(view.html).map(file)]);
    console.log(`${kind}, ${label} (${view.url}): HTML ${size(view.html)}; with CSS and script ${size(whole)}`);
  }
  console.log(`${views.length} ${kind}s`);
}
