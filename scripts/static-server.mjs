// A small static file server for dist/: serves directory indexes, the 404 page, the response headers
// of dist/_headers (the same file static hosts read), so local runs and tests see the real security
// headers, and text compressed as static hosts and the README's nginx send it, so that page weights
// and Lighthouse figures measured here are those readers get.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Parses a Netlify/Cloudflare-style `_headers` file into [pattern, headers] rules.
 * @example parseHeaders('/*\n  X-Frame-Options: DENY\n') // [['/*', [['X-Frame-Options', 'DENY']]]]
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), []]);
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)[1].push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

// Text is sent compressed, brotli where the browser takes it; Pagefind's index files are already
// gzipped by Pagefind, images are compressed formats.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const compressedCache = new Map();

/**
 * The body to send for a file and the Content-Encoding it goes with, given the request's
 * Accept-Encoding: brotli, else gzip, else as it is (each content compressed once and kept, as
 * brotli at its best setting takes a while).
 * @example encode(body, 'text/html; charset=utf-8', 'gzip, br') // { body: <brotli>, encoding: 'br' }
 */
export function encode(body, type, accepted = '') {
  const want = accepted.split(',').map((s) => s.trim().split(';')[0]);
  const encoding = !COMPRESSIBLE.test(type) || body.length < 512 ? undefined : want.includes('br') ? 'br' : want.includes('gzip') ? 'gzip' : undefined;
  if (!encoding) return { body, encoding };
  const cacheKey = `${encoding} ${createHash('sha256').update(body).digest('base64')}`;
  let compressed = compressedCache.get(cacheKey);
  if (!compressed) {
    compressed = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
    compressedCache.set(cacheKey, compressed);
  }
  return { body: compressed, encoding };
}

function matches(pattern, pathname) {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

async function headerRules(root) {
  try {
    return parseHeaders(await readFile(path.join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

/**
 * Starts the server; resolves with its base URL and a close function.
 * @example const { url, close } = await serve({ root: 'dist', port: 0 })
 */
export async function serve({ root: folder, port = 4321, host = '127.0.0.1' }) {
  const root = path.resolve(folder);
  const rules = await headerRules(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    let status = 200;
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
          return;
        }
        file = path.join(file, 'index.html');
        await stat(file);
      }
    } catch {
      status = 404;
      file = path.join(root, '404.html');
      pathname = '/404.html';
    }
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    for (const [pattern, list] of rules) {
      if (matches(pattern, pathname)) for (const [name, value] of list) headers[name] = value;
    }
    try {
      const { body, encoding } = encode(await readFile(file), headers['Content-Type'], req.headers['accept-encoding']);
      if (COMPRESSIBLE.test(headers['Content-Type'])) headers.Vary = 'Accept-Encoding';
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
