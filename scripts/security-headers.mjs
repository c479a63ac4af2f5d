// Post-build step: writes dist/_headers, the response headers static hosts (and scripts/static-server.mjs)
// apply: security headers (embed views may be framed by the sites in EMBED_ALLOWED_ORIGINS;
// `frame-ancestors` cannot be set from a <meta> tag, so it has to be a header), open data and oEmbed
// readable by any site, and the cache policy. README "Deploying" gives the same rules for nginx.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlPages, siteFiles } from './built-files.mjs';
import { embedAllowedOrigins } from '../src/build/embed-origins.ts';
import { cacheRules } from '../src/build/cache-headers.ts';
import { editorConnectOrigins } from '../src/build/admin-backend.ts';
import { formatHeaderRules, headerRules, mergeHeaderRules } from '../src/build/security-headers.ts';
import { allowInlineStyles, siteStyleHashes } from '../src/build/style-hashes.ts';

/**
 * The hashes of the inline stylesheets of the site built in `dist` (deploy/nginx.conf lists them too).
 * @example builtStyleHashes('dist') // ["'sha256-…'", …]
 */
export function builtStyleHashes(dist) {
  return siteStyleHashes(htmlPages(dist).map((p) => readFileSync(p.file, 'utf8')));
}

/** Post-build step: writes `_headers` for the pages found in dist. */
export async function writeSecurityHeaders(dist) {
  const origins = embedAllowedOrigins();
  const files = siteFiles(dist).map((f) => f.path).filter((p) => p !== '/_headers');
  const pages = htmlPages(dist);
  const styles = builtStyleHashes(dist);
  const rules = allowInlineStyles(mergeHeaderRules([...headerRules(pages.map((p) => p.url), origins, editorConnectOrigins()), ...cacheRules(files)]), styles);
  const note = '# Written by scripts/security-headers.mjs at build time (EMBED_ALLOWED_ORIGINS); do not edit.\n';
  await writeFile(path.join(dist, '_headers'), note + formatHeaderRules(rules));
  return `_headers: ${rules.length} rules (cache policy included), ${styles.length} inline stylesheets allowed by hash, embed views may be framed by ${origins.join(' ')}`;
}
