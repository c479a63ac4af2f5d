/**
 * Whether a page belongs in the sitemap: reading pages do; parallel views, embeds, search and the
 * language chooser do not (they are not meant to be found from a search engine).
 * @example isSitemapPage('https://joldau.example.kz/ru/speech/economy/parallel/') // false
 */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  if (!/^\/(kk|ru)\//.test(pathname)) return false;
  return !/\/(parallel|search|404)\/$/.test(pathname);
}
