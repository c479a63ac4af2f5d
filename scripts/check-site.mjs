// Checks the built site as a reader's browser would meet it: every internal link, #anchor and preview image resolves,
// no page repeats an id, and hreflang alternates point both ways.
import { readFileSync, existsSync } from 'node:fs';
import { builtFile, htmlPages } from './built-files.mjs';
import { parseHTML } from 'linkedom';
import { SITE_URL } from '../src/build/site-url.ts';

/**
 * The content file a built page comes from, so editors know where to look.
 * @example sourceOf('/ru/programmes/qoldau/') // 'content/programmes/ru/qoldau.mdx'
 */
export function sourceOf(url) {
  const speech = /^\/(?:embed\/)?(kk|ru)\/speech\/(?:([a-z]+)\/)?(?:parallel\/)?$/.exec(url);
  if (speech) return `content/speech/${speech[1]}/${speech[2] ?? 'index'}.mdx`;
  const programme = /^\/(?:embed\/)?(kk|ru)\/programmes\/([a-z0-9-]+)\/$/.exec(url);
  if (programme) return `content/programmes/${programme[1]}/${programme[2]}.mdx`;
  return undefined;
}

/**
 * Finds broken internal links and anchors, duplicate ids and one-way hreflang alternates.
 * @example const problems = findSiteProblems('dist', 'https://joldau.example.kz')
 */
export function findSiteProblems(dist, site) {
  const pages = htmlPages(dist);
  const origin = new URL(site).origin;
  const problems = [];
  // First read every page once, keeping only what the checks need (its ids, links and alternates):
  // the cost grows with the size of the site, however many links point into one long page.
  const read = new Map();
  for (const page of pages) {
    const { document } = parseHTML(readFileSync(page.file, 'utf8'));
    const where = sourceOf(page.url) ? `${page.url} (${sourceOf(page.url)})` : page.url;
    const ids = new Set();
    for (const el of document.querySelectorAll('[id]')) {
      if (ids.has(el.id)) problems.push(`${where}: the id "${el.id}" is used twice on the page`);
      ids.add(el.id);
    }
    const links = [
      ...[...document.querySelectorAll('a[href], link[rel="alternate"][href]')].map((a) => a.getAttribute('href')),
      // The preview image a shared link shows must exist too.
      ...[...document.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute('content')),
    ];
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
      .filter((l) => l.getAttribute('hreflang') !== 'x-default')
      .map((l) => new URL(l.getAttribute('href')).pathname);
    read.set(page.url, { where, ids, links, alternates });
  }
  for (const [pageUrl, { where, links }] of read) {
    for (const href of links) {
      let url;
      try {
        url = new URL(href, `${site}${pageUrl}`);
      } catch {
        problems.push(`${where}: link "${href}" is not a valid URL`);
        continue;
      }
      if (url.origin !== origin) continue;
      const target = url.pathname;
      if (!existsSync(builtFile(dist, target))) {
        problems.push(`${where}: link to ${target} — no such page`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      const targetIds = read.get(target)?.ids;
      if (id && targetIds && !targetIds.has(id)) problems.push(`${where}: link to ${target}${url.hash} — no element with id "${id}" there`);
    }
  }
  for (const [url, { alternates }] of read) {
    // Only language versions must be answered; the root language chooser is everyone's x-default.
    if (!alternates.includes(url)) continue;
    for (const alt of alternates) {
      if (alt === url) continue;
      if (!(read.get(alt)?.alternates ?? []).includes(url)) problems.push(`${url}: hreflang alternate ${alt} does not point back`);
    }
  }
  return { pages: pages.length, problems };
}

/** Post-build step: fails the build on any problem found. */
export async function checkSite(dist) {
  const { pages, problems } = findSiteProblems(dist, SITE_URL);
  if (problems.length) throw new Error(`${problems.length} problem(s) in the built site:\n  ${problems.slice(0, 40).join('\n  ')}`);
  return `${pages} pages, every internal link, anchor and hreflang alternate resolves`;
}
