// With its extension: scripts/security-headers.mjs loads this file through Node's own TypeScript support.
import { ANY_ORIGIN } from './embed-origins.ts';
import { EDITOR_PATH } from '../lib/editor-path.ts';

/**
 * What every page may load: the site's own files only, no inline script, and no inline style but the
 * pages' own stylesheets, whose hashes the build adds to `style-src` (src/build/style-hashes.ts).
 * `'wasm-unsafe-eval'` lets the search index (Pagefind) run its WebAssembly; it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** One rule of a `_headers` file: a path pattern and the headers of the responses it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** The policy of full pages: no site may frame them. */
export const FULL_PAGE_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * The policy of embed views: framed by the allowed origins and by our own pages (the webmasters' page
 * shows a live example); by any site when any is allowed.
 * @example embedViewPolicy(['https://almaty.gov.kz']).endsWith("frame-ancestors 'self' https://almaty.gov.kz") // true
 */
export function embedViewPolicy(allowedOrigins: readonly string[]): string {
  if (allowedOrigins.includes(ANY_ORIGIN)) return CONTENT_SECURITY_POLICY;
  return `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self' ${allowedOrigins.join(' ')}`;
}

/**
 * The policy of the editor at /admin/ only: Decap CMS compiles its configuration's checks into functions
 * (ajv: `'unsafe-eval'`), styles its interface inline and talks to the Git
 * host's API (and, on an editor's own machine, to the local backend of `npm run edit`); it may not be
 * framed, and loads nothing from any other site.
 * @example editorPolicy(['http://localhost:8081']).includes("connect-src 'self' http://localhost:8081") // true
 */
export function editorPolicy(connectOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// Static hosts join or override the values of a header set by several matching rules in different ways,
// so the framing headers are never set by two rules for one path: full pages get them by top-level folder
// (or root file), which leaves /embed/* to its own rule.
function fullPagePatterns(pageUrls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const url of pageUrls) {
    const [, first = '', ...rest] = url.split('/');
    if (first === 'embed' || `/${first}/` === EDITOR_PATH) continue;
    patterns.add(url === '/' ? '/' : rest.length === 0 ? url : `/${first}/*`);
  }
  return [...patterns].sort();
}

/**
 * The security headers of the built site, for static hosts that read `_headers` (Netlify, Cloudflare
 * Pages) and for our own server: full pages refuse to be framed, embed views may be framed by the
 * allowed origins, the editor at /admin/ has its own policy, oEmbed answers, open data and bundled scripts may be read by any site.
 * @example headerRules(['/', '/ru/speech/', '/embed/ru/speech/'], ['*']).map((r) => r.pattern)
 * // ['/*', '/', '/ru/*', '/embed/*', '/oembed/*', '/data/*', '/_astro/*']
 */
export function headerRules(pageUrls: readonly string[], allowedOrigins: readonly string[], editorOrigins: readonly string[] = []): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
      ],
    },
    ...fullPagePatterns(pageUrls).map((pattern): HeaderRule => ({
      pattern,
      headers: [
        ['Content-Security-Policy', FULL_PAGE_POLICY],
        ['X-Frame-Options', 'DENY'],
      ],
    })),
    { pattern: '/embed/*', headers: [['Content-Security-Policy', embedViewPolicy(allowedOrigins)]] },
    {
      pattern: `${EDITOR_PATH}*`,
      headers: [
        ['Content-Security-Policy', editorPolicy(editorOrigins)],
        ['X-Frame-Options', 'DENY'],
        ['X-Robots-Tag', 'noindex, nofollow'],
      ],
    },
    // Open data and oEmbed answers are meant to be read by other sites' pages (fetch()).
    { pattern: '/oembed/*', headers: [['Access-Control-Allow-Origin', '*']] },
    { pattern: '/data/*', headers: [['Access-Control-Allow-Origin', '*']] },
    // WordPress frames embed views in a sandbox without same-origin: their origin is opaque, and module
    // scripts load with CORS, so the bundled assets must allow any origin (they are public files).
    { pattern: '/_astro/*', headers: [['Access-Control-Allow-Origin', '*']] },
  ];
}

/**
 * The same rules with the headers of rules that share a pattern under one pattern, in first-seen order.
 * @example mergeHeaderRules([{ pattern: '/a/*', headers: [['X', '1']] }, { pattern: '/a/*', headers: [['Y', '2']] }])
 * // [{ pattern: '/a/*', headers: [['X', '1'], ['Y', '2']] }]
 */
export function mergeHeaderRules(rules: readonly HeaderRule[]): HeaderRule[] {
  const merged = new Map<string, HeaderRule>();
  for (const rule of rules) {
    const seen = merged.get(rule.pattern);
    if (seen) seen.headers.push(...rule.headers);
    else merged.set(rule.pattern, { pattern: rule.pattern, headers: [...rule.headers] });
  }
  return [...merged.values()];
}

/**
 * Writes rules in the `_headers` format.
 * @example formatHeaderRules([{ pattern: '/*', headers: [['X-Frame-Options', 'DENY']] }]) // '/*\n  X-Frame-Options: DENY\n'
 */
export function formatHeaderRules(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => `${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`).join('');
}
