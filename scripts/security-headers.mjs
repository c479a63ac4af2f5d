// Post-build step: writes dist/_headers, the security headers static hosts (and scripts/static-server.mjs)
// apply. Embed views may be framed by the sites in EMBED_ALLOWED_ORIGINS; `frame-ancestors` cannot be set
// from a <meta> tag, so it has to be a header. README "Embedding" gives the same rules for nginx.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlPages } from './built-files.mjs';
import { embedAllowedOrigins } from '../src/build/embed-origins.ts';
import { formatHeaderRules, headerRules } from '../src/build/security-headers.ts';

/** Post-build step: writes `_headers` for the pages found in dist. */
export async function writeSecurityHeaders(dist) {
  const origins = embedAllowedOrigins();
  const rules = headerRules(htmlPages(dist).map((p) => p.url), origins);
  const note = '# Written by scripts/security-headers.mjs at build time (EMBED_ALLOWED_ORIGINS); do not edit.\n';
  await writeFile(path.join(dist, '_headers'), note + formatHeaderRules(rules));
  return `_headers: ${rules.length} rules, embed views may be framed by ${origins.join(' ')}`;
}
