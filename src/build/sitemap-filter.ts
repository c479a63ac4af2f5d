import { absoluteUrl, pageAlternates } from '../lib/paths';

/**
 * Whether a page belongs in the sitemap: the language chooser and reading pages do; parallel views,
 * embeds and search do not (they are not meant to be found from a search engine).
 * @example isSitemapPage('https://joldau.example.kz/ru/speech/economy/parallel/') // false
 */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  if (pathname === '/') return true;
  if (!/^\/(kk|ru)\//.test(pathname)) return false;
  // An embed code page (/{lang}/embed/speech/economy/) is for webmasters, not searchers; the guide is listed.
  if (/^\/(kk|ru)\/embed\/./.test(pathname)) return false;
  return !/\/(parallel|search|404)\/$/.test(pathname);
}

/** The part of a sitemap entry this module sets (the shape of @astrojs/sitemap's SitemapItem). */
export interface SitemapEntry {
  url: string;
  links?: Array<{ url: string; lang: string }>;
}

/**
 * A sitemap entry with the page's own hreflang alternates, codes included (`kk`, `ru`, `x-default`), so
 * that search engines read the same alternates in the sitemap as in the page.
 * @example withAlternates({ url: 'https://joldau.example.kz/' }).links?.map((l) => l.lang) // ['kk', 'ru', 'x-default']
 */
export function withAlternates<T extends SitemapEntry>(entry: T): T {
  const { origin, pathname } = new URL(entry.url);
  return { ...entry, links: pageAlternates(pathname).map((a) => ({ lang: a.hreflang, url: absoluteUrl(origin, a.path) })) };
}
