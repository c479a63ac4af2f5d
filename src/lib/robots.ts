import { absoluteUrl } from './paths';
import { EDITOR_PATH } from './editor-path';

/**
 * The site's robots.txt: every crawler may read everything but the editor, and is pointed to the sitemap.
 * Embeds, parallel views and search are not disallowed on purpose: a crawler that may not fetch a page
 * never sees its `noindex` and may list the bare URL anyway; link preview bots must fetch /og/ images too.
 * The editor (/admin/) is: it has no text to find, only a 5 MB application no crawler should load.
 * (Its `noindex` header and meta stay for crawlers that ignore robots.txt.)
 * @example robotsTxt('https://joldau.example.kz').endsWith('Sitemap: https://joldau.example.kz/sitemap-index.xml\n') // true
 */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', `Disallow: ${EDITOR_PATH}`, '', `Sitemap: ${absoluteUrl(siteUrl, '/sitemap-index.xml')}`, ''].join('\n');
}
