import { absoluteUrl } from './paths';

/**
 * The site's robots.txt: every crawler may read everything, and is pointed to the sitemap. Embeds,
 * parallel views and search are not disallowed on purpose: a crawler that may not fetch a page never
 * sees its `noindex` and may list the bare URL anyway; link preview bots must fetch /og/ images too.
 * @example robotsTxt('https://joldau.example.kz').endsWith('Sitemap: https://joldau.example.kz/sitemap-index.xml\n') // true
 */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(siteUrl, '/sitemap-index.xml')}`, ''].join('\n');
}
