// The README's nginx configuration (deploy/nginx.conf), run by Debian's nginx on a loopback port over the
// built site: content types, the headers every response should carry, and the site's 404 for folders.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../scripts/built-files.mjs';
import { IMMUTABLE, REVALIDATE } from '../src/build/cache-headers';
import { DIST } from './helpers/dist';
import { rawResponse } from './helpers/raw-response';

const baseUrl = inject('baseUrl');
const CONFIG = readFileSync('deploy/nginx.conf', 'utf8');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

if (!NGINX) {
  const message = 'No nginx found (/usr/sbin/nginx). Install it with "apt-get install nginx".';
  if (process.env.CI) throw new Error(`${message} The nginx test cannot be skipped in CI.`);
  console.warn(`\n!!! ${message}\n!!! THE NGINX TEST IS SKIPPED.\n`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('the README shows deploy/nginx.conf as it is', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('```nginx\n' + CONFIG + '```');
});

describe.skipIf(!NGINX)('nginx with the README configuration', () => {
  let dir: string;
  let nginx: ChildProcess;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'joldau-nginx-'));
    // The built site plus one file of each open data format other helpers publish (.xlsx, .tmx, .tbx).
    const root = path.join(dir, 'site');
    mkdirSync(path.join(root, 'data'), { recursive: true });
    for (const entry of readdirSync(DIST)) if (entry !== 'data') symlinkSync(path.join(DIST, entry), path.join(root, entry));
    for (const entry of readdirSync(path.join(DIST, 'data'))) symlinkSync(path.join(DIST, 'data', entry), path.join(root, 'data', entry));
    for (const ext of ['xlsx', 'tmx', 'tbx']) writeFileSync(path.join(root, 'data', `sample.${ext}`), 'sample');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    writeFileSync(path.join(dir, 'site.conf'), CONFIG.replace('root /var/www/joldau/dist;', `root ${root};`));
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${path.join(dir, k)};`).join(' ');
    // One process in the foreground, as the user running the tests, logging to stderr only.
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `daemon off; master_process off; pid ${path.join(dir, 'nginx.pid')}; error_log stderr warn;
events {}
http { access_log off; log_not_found off; ${temp} server { listen 127.0.0.1:${port}; include ${path.join(dir, 'site.conf')}; } }
`,
    );
    const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'inherit'] });
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`${url}/`);
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });

  afterAll(() => {
    nginx?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves open data with the right types and headers, readable by any site', async () => {
    const types: Record<string, string> = {
      '/data/commitments.csv': 'text/csv; charset=utf-8',
      '/data/commitments.json': 'application/json; charset=utf-8',
      '/data/sample.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '/data/sample.tmx': 'application/xml; charset=utf-8',
      '/data/sample.tbx': 'application/xml; charset=utf-8',
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await fetch(`${url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('access-control-allow-origin'), file).toBe('*');
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect(response.headers.get('cache-control'), file).toBe(REVALIDATE);
    }
    const csv = Buffer.from(await (await fetch(`${url}/data/commitments.csv`)).arrayBuffer());
    expect(csv.equals(readFileSync(path.join(DIST, 'data/commitments.csv')))).toBe(true);
  });

  it('gives every file the headers of dist/_headers (the local server applies that file)', async () => {
    // One file per folder and kind is enough: the rules go by folder.
    const seen = new Set<string>();
    const sample = siteFiles(DIST)
      .map((f) => f.path.replace(/(^|\/)index\.html$/, '$1'))
      .filter((p) => p !== '/_headers')
      .filter((p) => {
        const key = `${p.split('/').slice(0, 3).join('/')} ${path.extname(p)}`;
        return !seen.has(key) && seen.add(key);
      });
    expect(sample.length).toBeGreaterThan(20);
    for (const file of sample) {
      const [ours, theirs] = await Promise.all([fetch(`${baseUrl}${file}`), fetch(`${url}${file}`)]);
      expect(theirs.status, file).toBe(200);
      for (const name of ['x-content-type-options', 'referrer-policy', 'cache-control', 'access-control-allow-origin']) {
        expect(theirs.headers.get(name), `${file} ${name}`).toBe(ours.headers.get(name));
      }
      if (file.endsWith('/') && !file.startsWith('/embed/')) {
        // Pages: the same framing rules (the README's example restricts embed views to one origin).
        expect(theirs.headers.get('content-security-policy'), file).toBe(ours.headers.get('content-security-policy'));
        expect(theirs.headers.get('x-frame-options'), file).toBe(ours.headers.get('x-frame-options'));
      }
    }
  });

  it('keeps content-hashed files a year and has pages revalidated', async () => {
    const page = await fetch(`${url}/ru/speech/economy/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${url}/og/kk/speech/economy.png`)).headers.get('content-type')).toBe('image/png');
    const asset = siteFiles(DIST).find((f) => f.path.startsWith('/_astro/'))!;
    expect((await fetch(`${url}${asset.path}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await fetch(`${url}/pagefind/pagefind-entry.json`)).headers.get('cache-control')).toBe(REVALIDATE);
    expect((await fetch(`${url}/ru/speech/economy/`)).headers.get('cache-control')).toBe(REVALIDATE);
  });

  it("sends text gzipped, and Pagefind's own gzipped files as they are", async () => {
    const files = siteFiles(DIST).map((f) => f.path);
    // No CSS file: the pages carry their CSS inline.
    const text = [
      '/ru/speech/economy/index.html',
      files.find((f) => f.startsWith('/_astro/') && f.endsWith('.js'))!,
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/data/commitments.json',
      '/data/commitments.csv',
    ];
    for (const file of text) {
      const response = await rawResponse(`${url}${file}`, 'gzip');
      expect(response.headers['content-encoding'], file).toBe('gzip');
      expect(response.headers.vary, file).toBe('Accept-Encoding');
      expect(gunzipSync(response.body).equals(readFileSync(path.join(DIST, file))), file).toBe(true);
    }
    const index = files.find((f) => /^\/pagefind\/index\/.+\.pf_index$/.test(f))!;
    const response = await rawResponse(`${url}${index}`, 'gzip');
    expect(response.headers['content-encoding'], index).toBeUndefined();
    expect(response.body.equals(readFileSync(path.join(DIST, index))), index).toBe(true);
  });

  it("answers folders without a page, and missing files, with the site's 404 page", async () => {
    const page404 = readFileSync(path.join(DIST, '404.html'), 'utf8');
    for (const missing of ['/og/', '/data/', '/_astro/', '/ru/nothing/', '/nothing.png']) {
      const response = await fetch(`${url}${missing}`);
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).toBe(page404);
      expect(response.headers.get('x-content-type-options'), missing).toBe('nosniff');
    }
  });
});
