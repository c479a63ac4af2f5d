// The local server (npm start, the tests, the benchmarks) sends text compressed as static hosts and
// the README's nginx do, so that the weights and Lighthouse figures measured through it are real.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../scripts/static-server.mjs';
import { rawResponse } from './helpers/raw-response';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `сөз${i}`))};\n`;
// Pagefind's index files come gzipped from Pagefind: sending them encoded again would break them.
const INDEX_FILE = Buffer.from([0x1f, 0x8b, ...Array.from({ length: 2000 }, (_, i) => i % 251)]);

let root: string;
let site: Awaited<ReturnType<typeof serve>>;

const get = (pathname: string, acceptEncoding: string) => rawResponse(`${site.url}${pathname}`, acceptEncoding);

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'joldau-server-'));
  writeFileSync(path.join(root, 'words.js'), SCRIPT);
  writeFileSync(path.join(root, 'tiny.css'), 'a{color:red}');
  writeFileSync(path.join(root, 'kk_1.pf_index'), INDEX_FILE);
  site = await serve({ root, port: 0 });
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the local server', () => {
  it('sends text as brotli where the browser takes it, else gzip, else as it is', async () => {
    const br = await get('/words.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 2);

    const gzip = await get('/words.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await get('/words.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('leaves files too small to gain and Pagefind index files as they are', async () => {
    const tiny = await get('/tiny.css', 'br, gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('a{color:red}');

    const index = await get('/kk_1.pf_index', 'br, gzip');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.body.equals(INDEX_FILE)).toBe(true);
  });
});
