import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findSiteProblems } from '../scripts/check-site.mjs';
import { SITE_URL } from '../src/build/site-url';
import { LANGS } from '../src/lib/languages';
import { SECTION_SLUGS, sectionPath } from '../src/lib/speech-sections';
import { builtHtml, builtPages, DIST } from './helpers/dist';
import { listCollection } from '../src/build/content-files';

const pages = builtPages();
const urls = new Set(pages.map((p) => p.url));
const programmeSlugs = [...new Set(listCollection(process.cwd(), 'programmes').map((f) => f.slug))];

describe('built site', () => {
  it('has every route of the URL contract in both languages', () => {
    const expected = ['/', '/404.html'];
    for (const lang of LANGS) {
      expected.push(`/${lang}/`, `/${lang}/programmes/`, `/${lang}/search/`, `/${lang}/data/`);
      for (const slug of SECTION_SLUGS) expected.push(sectionPath(lang, slug), `${sectionPath(lang, slug)}parallel/`);
      for (const slug of programmeSlugs) expected.push(`/${lang}/programmes/${slug}/`);
    }
    expect(expected.filter((u) => !urls.has(u))).toEqual([]);
    expect(programmeSlugs.length).toBeGreaterThanOrEqual(11);
  });

  it('has no broken internal link or anchor, no repeated id and only reciprocal hreflang', () => {
    expect(findSiteProblems(DIST, SITE_URL).problems).toEqual([]);
  });

  it('gives every page the language of its path, a canonical URL and kk, ru and x-default alternates', () => {
    for (const { url } of pages.filter((p) => /^\/(kk|ru)\//.test(p.url))) {
      const { document } = parseHTML(builtHtml(url));
      const lang = url.slice(1, 3);
      expect(document.documentElement.getAttribute('lang'), url).toBe(lang);
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
      expect(alternates.sort(), url).toEqual(['kk', 'ru', 'x-default']);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical.startsWith(SITE_URL), url).toBe(true);
    }
  });

  it('lists every indexable page in the sitemap, the root included, with the same alternates as the page', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = new Map(
      [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
        new URL(m[1]!).pathname,
        [...m[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => `${l[1]} ${l[2]}`).sort(),
      ]),
    );
    for (const { url } of pages.filter((p) => p.url === '/' || /^\/(kk|ru)\//.test(p.url))) {
      const { document } = parseHTML(builtHtml(url));
      const noindex = document.querySelector('meta[name="robots"][content="noindex"]') !== null;
      expect(entries.has(url), `${url} ${noindex ? 'is noindex but listed' : 'is missing'}`).toBe(!noindex);
      if (noindex) continue;
      const inPage = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
      expect(entries.get(url), url).toEqual(inPage.sort());
    }
    expect(entries.get('/kk/speech/economy/')).toContain(`x-default ${SITE_URL}/kk/speech/economy/`);
    expect(entries.get('/')).toEqual([`kk ${SITE_URL}/kk/`, `ru ${SITE_URL}/ru/`, `x-default ${SITE_URL}/`]);
  });

  it('has a robots.txt that names the sitemap by absolute URL and leaves noindex pages to their noindex, the editor excepted', () => {
    const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE_URL}/sitemap-index\\.xml$`, 'm'));
    expect(robots.match(/^Disallow: \S.*$/gm)).toEqual(['Disallow: /admin/']);
  });

  it('keeps the editor out of the sitemap and the search index, and marks it noindex', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/ru/speech/');
    expect(sitemap).not.toContain('/admin/');
    expect(builtHtml('/admin/')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(builtHtml('/admin/')).not.toContain('data-pagefind-body');
    expect(pages.some((p) => p.url.startsWith('/admin/'))).toBe(false);
  });

  it('loads nothing from another origin', () => {
    for (const { url } of pages) {
      const { document } = parseHTML(builtHtml(url));
      for (const el of document.querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe[src], link[rel="icon"]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        const absolute = new URL(ref, `${SITE_URL}${url}`);
        const allowed = absolute.origin === new URL(SITE_URL).origin;
        expect(allowed, `${url} loads ${ref}`).toBe(true);
      }
    }
  });
});

describe('the site checker', () => {
  it('catches a broken anchor, a missing page and a repeated id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-check-'));
    mkdirSync(path.join(dir, 'ru'));
    writeFileSync(
      path.join(dir, 'ru', 'index.html'),
      '<html lang="ru"><body><p id="a">x</p><p id="a">y</p><a href="#b">b</a><a href="/kk/">kk</a></body></html>',
    );
    const { problems } = findSiteProblems(dir, SITE_URL);
    expect(problems).toEqual([
      '/ru/: the id "a" is used twice on the page',
      '/ru/: link to /ru/#b — no element with id "b" there',
      '/ru/: link to /kk/ — no such page',
    ]);
  });
});
