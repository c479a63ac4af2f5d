import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../scripts/built-files.mjs';
import { parseHeaders } from '../scripts/static-server.mjs';
import { cacheRules, HASHED_FOLDERS, IMMUTABLE, REVALIDATE } from '../src/build/cache-headers';
import type { HeaderRule } from '../src/build/security-headers';
import { DIST } from './helpers/dist';
import { headersFor } from './helpers/headers';

const baseUrl = inject('baseUrl');

describe('cache rules', () => {
  it('keep content-hashed files a year and have the rest revalidated, each file by one rule', () => {
    const files = ['/index.html', '/404.html', '/robots.txt', '/_astro/a.CsBx1t2e.css', '/kk/speech/index.html', '/data/commitments.csv', '/pagefind/pagefind.js', '/pagefind/index/kk_1a2b3c4.pf_index', '/og/kk.png'];
    const rules = cacheRules(files);
    expect(rules.map((r) => r.pattern)).toEqual(['/', '/_astro/*', '/404.html', '/data/*', '/kk/*', '/og/*', '/pagefind/index/*', '/pagefind/pagefind.js', '/robots.txt']);
    const policy = (file: string) => headersFor(rules, file.replace(/index\.html$/, '')).get('Cache-Control');
    expect(policy('/_astro/a.CsBx1t2e.css')).toEqual([IMMUTABLE]);
    expect(policy('/pagefind/index/kk_1a2b3c4.pf_index')).toEqual([IMMUTABLE]);
    for (const file of ['/index.html', '/kk/speech/index.html', '/data/commitments.csv', '/pagefind/pagefind.js', '/og/kk.png']) expect(policy(file), file).toEqual([REVALIDATE]);
  });
});

describe('the built _headers', () => {
  const rules: HeaderRule[] = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8')).map(([pattern, headers]: [string, Array<[string, string]>]) => ({ pattern, headers }));
  const files = siteFiles(DIST).filter((f) => f.path !== '/_headers');

  it('give every file exactly one Cache-Control, immutable only for files named by their content hash', () => {
    for (const { path: file } of files) {
      const values = headersFor(rules, file.replace(/(^|\/)index\.html$/, '$1')).get('Cache-Control');
      const hashed = HASHED_FOLDERS.some((folder) => file.startsWith(folder));
      expect(values, file).toEqual([hashed ? IMMUTABLE : REVALIDATE]);
      // A name without a hash in it would keep stale content for a year.
      if (hashed) expect(path.basename(file), file).toMatch(/[._-][\w-]{7,}\.\w+$/);
    }
    expect(files.filter((f) => f.path.startsWith('/_astro/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
  });

  it('let any site read open data and oEmbed answers', () => {
    for (const { path: file } of files.filter((f) => /^\/(data|oembed)\//.test(f.path))) {
      expect(headersFor(rules, file).get('Access-Control-Allow-Origin'), file).toEqual(['*']);
    }
    for (const file of ['/ru/speech/economy/', '/embed/ru/speech/economy/', '/og/kk.png']) {
      expect(headersFor(rules, file).get('Access-Control-Allow-Origin'), file).toBeUndefined();
    }
  });

  it('are what the local server answers with', async () => {
    const csv = await fetch(`${baseUrl}/data/commitments.csv`);
    expect(csv.headers.get('access-control-allow-origin')).toBe('*');
    expect(csv.headers.get('cache-control')).toBe(REVALIDATE);
    // Pages carry their CSS inline: the bundled script is the content-hashed asset every page loads.
    const asset = files.find((f) => f.path.startsWith('/_astro/') && f.path.endsWith('.js'))!;
    expect((await fetch(`${baseUrl}${asset.path}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await fetch(`${baseUrl}/ru/`)).headers.get('cache-control')).toBe(REVALIDATE);
  });
});
