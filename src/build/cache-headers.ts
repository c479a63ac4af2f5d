import type { HeaderRule } from './security-headers';

/** Files whose names carry a hash of their content: a new version gets a new name, so they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Everything else (pages, open data, oEmbed answers, preview images, Pagefind's entry files, the
 * sitemap): may be stored, but checked with the server (ETag, Last-Modified) before each use, so a new
 * build is seen at once and an unchanged file costs a 304.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Folders whose files are all named by content hash: Astro's bundles and Pagefind's index chunks. */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

// Static hosts join the values of a header set by two rules for one path ("max-age=0, …, immutable"),
// so each file gets its Cache-Control from exactly one pattern: its hashed folder, else the widest folder
// holding no hashed folder, else its own path.
function cachePattern(sitePath: string): [pattern: string, policy: string] {
  const hashed = HASHED_FOLDERS.find((folder) => sitePath.startsWith(folder));
  if (hashed) return [`${hashed}*`, IMMUTABLE];
  const parts = sitePath.split('/').slice(1, -1);
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const folder = `/${parts.slice(0, depth).join('/')}/`;
    if (!HASHED_FOLDERS.some((h) => h.startsWith(folder))) return [`${folder}*`, REVALIDATE];
  }
  return [sitePath.replace(/(^|\/)index\.html$/, '$1'), REVALIDATE];
}

/**
 * The Cache-Control rules of the built site, from the paths of all its files: one year and `immutable`
 * for content-hashed files, revalidation for the rest; no file matched by two rules.
 * @example cacheRules(['/_astro/a.1x2y.css', '/index.html', '/ru/index.html', '/pagefind/pagefind.js', '/pagefind/index/kk_1.pf_index']).map((r) => r.pattern)
 * // ['/', '/_astro/*', '/pagefind/index/*', '/pagefind/pagefind.js', '/ru/*']
 */
export function cacheRules(sitePaths: readonly string[]): HeaderRule[] {
  const policies = new Map<string, string>();
  for (const sitePath of sitePaths) {
    const [pattern, policy] = cachePattern(sitePath);
    policies.set(pattern, policy);
  }
  return [...policies].sort(([a], [b]) => a.localeCompare(b)).map(([pattern, policy]) => ({ pattern, headers: [['Cache-Control', policy]] }));
}
