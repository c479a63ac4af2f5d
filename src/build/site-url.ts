/**
 * Public address of the site, from the `SITE_URL` environment variable; used for canonical links,
 * hreflang, the sitemap and embed snippets. The default is a placeholder for local builds.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://joldau.example.kz').replace(/\/+$/, '');
