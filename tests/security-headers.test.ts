import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseAllowedOrigins } from '../src/build/embed-origins';
import { CONTENT_SECURITY_POLICY, embedViewPolicy, formatHeaderRules, FULL_PAGE_POLICY, headerRules } from '../src/build/security-headers';
import { builtStyleHashes, writeSecurityHeaders } from '../scripts/security-headers.mjs';
import { nginxWithStyleHashes } from '../scripts/nginx-conf.mjs';
import { allowInlineStyles, inlineStyleHashes, siteStyleHashes, withStyleHashes } from '../src/build/style-hashes';
import { parseHeaders, serve } from '../scripts/static-server.mjs';
import { launchBrowser, noBrowser } from './helpers/browser';
import { builtHtml, builtPages, DIST } from './helpers/dist';
import { headersFor } from './helpers/headers';
import { startHostServer, type HostServer } from './helpers/embed';

const baseUrl = inject('baseUrl');

describe('EMBED_ALLOWED_ORIGINS', () => {
  it('means any site when unset, empty or *', () => {
    expect(parseAllowedOrigins(undefined)).toEqual(['*']);
    expect(parseAllowedOrigins(' ')).toEqual(['*']);
    expect(parseAllowedOrigins('*')).toEqual(['*']);
  });

  it('takes origins separated by spaces or commas, with subdomain wildcards', () => {
    expect(parseAllowedOrigins('https://Almaty.gov.kz/, https://*.almaty.kz  http://localhost:8080')).toEqual([
      'https://almaty.gov.kz',
      'https://*.almaty.kz',
      'http://localhost:8080',
    ]);
  });

  it('refuses anything that is not an origin, naming the variable and the entry', () => {
    for (const bad of ['almaty.gov.kz', 'https://almaty.gov.kz/news', 'ftp://almaty.gov.kz', 'https://a.kz *', "https://a.kz'"]) {
      expect(() => parseAllowedOrigins(bad), bad).toThrow(/^EMBED_ALLOWED_ORIGINS: ".+" is not a site origin/);
    }
  });
});

describe('security headers', () => {
  const pages = ['/', '/404.html', '/kk/', '/ru/speech/economy/', '/embed/ru/speech/economy/', '/embed/kk/programmes/qoldau/'];

  it('refuse framing of full pages and let the allowed sites (and our own pages) frame embed views', () => {
    const rules = headerRules(pages, ['https://almaty.gov.kz', 'https://*.almaty.kz']);
    for (const url of ['/', '/404.html', '/kk/', '/ru/speech/economy/']) {
      const headers = headersFor(rules, url);
      expect(headers.get('X-Frame-Options'), url).toEqual(['DENY']);
      expect(headers.get('Content-Security-Policy')?.at(-1), url).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    }
    const embed = headersFor(rules, '/embed/ru/speech/economy/');
    expect(embed.get('X-Frame-Options')).toBeUndefined();
    expect(embed.get('Content-Security-Policy')?.at(-1)).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'self' https://almaty.gov.kz https://*.almaty.kz`);
    const anySite = headersFor(headerRules(pages, ['*']), '/embed/ru/speech/economy/');
    expect(anySite.get('Content-Security-Policy')?.some((v) => v.includes('frame-ancestors'))).toBe(false);
  });

  it('never set a framing policy by two rules for one path, since static hosts merge such values differently', () => {
    const rules = headerRules(pages, ['https://almaty.gov.kz']);
    for (const url of [...pages, '/ru/programmes/qoldau/', '/embed.js', '/oembed/ru/speech.json']) {
      const headers = headersFor(rules, url);
      const framing = (headers.get('Content-Security-Policy') ?? []).filter((v) => v.includes('frame-ancestors'));
      expect(framing.length, url).toBeLessThanOrEqual(1);
      expect((headers.get('X-Frame-Options') ?? []).length, url).toBeLessThanOrEqual(1);
      expect(headers.get('X-Content-Type-Options'), url).toEqual(['nosniff']);
      expect(headers.get('Referrer-Policy'), url).toEqual(['strict-origin-when-cross-origin']);
    }
  });

  it('allow no inline script, inline style or eval', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directives.get('style-src')).toBe("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  });

  it('are written in the _headers format the local server (and Netlify, Cloudflare) read', () => {
    const rules = headerRules(pages, ['*']);
    expect(parseHeaders(formatHeaderRules(rules))).toEqual(rules.map((r) => [r.pattern, r.headers]));
  });

  it('are written at build time from EMBED_ALLOWED_ORIGINS, and a bad value stops the build', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'joldau-headers-'));
    mkdirSync(path.join(dist, 'embed', 'ru'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '');
    writeFileSync(path.join(dist, 'embed', 'ru', 'index.html'), '');
    const saved = process.env.EMBED_ALLOWED_ORIGINS;
    try {
      process.env.EMBED_ALLOWED_ORIGINS = 'https://almaty.gov.kz';
      expect(await writeSecurityHeaders(dist)).toContain('https://almaty.gov.kz');
      expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toContain("frame-ancestors 'self' https://almaty.gov.kz\n");
      process.env.EMBED_ALLOWED_ORIGINS = 'almaty.gov.kz';
      await expect(writeSecurityHeaders(dist)).rejects.toThrow(/EMBED_ALLOWED_ORIGINS: "almaty.gov.kz"/);
    } finally {
      if (saved === undefined) delete process.env.EMBED_ALLOWED_ORIGINS;
      else process.env.EMBED_ALLOWED_ORIGINS = saved;
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('are sent with the built site', async () => {
    const full = await fetch(`${baseUrl}/ru/speech/economy/`);
    expect(full.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(full.headers.get('x-frame-options')).toBe('DENY');
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    expect(full.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const embed = await fetch(`${baseUrl}/embed/ru/speech/economy/`);
    expect(embed.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(embed.headers.get('content-security-policy')).not.toContain("frame-ancestors 'none'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const script = await fetch(`${baseUrl}/embed.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('fit every built page: no inline script, style attribute or event handler, only stylesheets allowed by hash', () => {
    const served = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8')).map(([pattern, headers]) => ({ pattern, headers }));
    const problems: string[] = [];
    for (const { url } of builtPages()) {
      const html = builtHtml(url);
      for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/g)) {
        if (!/\ssrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!)) problems.push(`${url}: inline <script${attributes}>`);
      }
      const policies = headersFor(served, url).get('Content-Security-Policy') ?? [];
      for (const hash of inlineStyleHashes(html)) {
        if (!policies.every((p) => p.includes(hash))) problems.push(`${url}: <style> element not allowed by its hash ${hash}`);
      }
      if (/<[a-z][^>]*\sstyle=/i.test(html.replace(/<textarea[\s\S]*?<\/textarea>|<pre[\s\S]*?<\/pre>/g, ''))) problems.push(`${url}: style attribute`);
      if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) problems.push(`${url}: inline event handler`);
    }
    expect(problems).toEqual([]);
  });

  it('are given, for nginx, in the README, with the hashes of the built stylesheets (else run npm run nginx-conf)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const styles = builtStyleHashes(DIST);
    expect(readme).toContain(`"${withStyleHashes(FULL_PAGE_POLICY, styles)}"`);
    expect(readme).toContain(`"${withStyleHashes(embedViewPolicy(['https://almaty.gov.kz']), styles)}"`);
  });
});

describe('inline stylesheets', () => {
  it('are allowed by the SHA-256 of their text, as browsers hash them', () => {
    // printf 'p{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(inlineStyleHashes('<style>p{margin:0}</style><p>x</p><STYLE media="print">p{margin:0}</STYLE>')).toEqual([
      "'sha256-QRQPRLGyxt3RJiKpYNjpkgHcmHU2PywsfL2e8oI0LQA='",
      "'sha256-QRQPRLGyxt3RJiKpYNjpkgHcmHU2PywsfL2e8oI0LQA='",
    ]);
  });

  it("go into style-src only, and never into a policy that allows any inline style (hashes would switch 'unsafe-inline' off)", () => {
    const hashes = ["'sha256-a='", "'sha256-b='"];
    expect(withStyleHashes("default-src 'self'; style-src 'self' 'sha256-a='; img-src 'self'", hashes)).toBe(
      "default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self'",
    );
    expect(withStyleHashes("default-src 'self'; style-src 'self' 'unsafe-inline'", hashes)).toBe("default-src 'self'; style-src 'self' 'unsafe-inline'");
    expect(withStyleHashes("default-src 'self'", hashes)).toBe("default-src 'self'");
    expect(siteStyleHashes(['<style>a{}</style>', '<style>a{}</style><style>b{}</style>'])).toHaveLength(2);
  });

  it('give nginx the same policy whatever hashes it had', () => {
    const conf = `add_header Content-Security-Policy "default-src 'self'; style-src 'self' 'sha256-old='; object-src 'none'" always;`;
    expect(nginxWithStyleHashes(conf, ["'sha256-new='"])).toBe(`add_header Content-Security-Policy "default-src 'self'; style-src 'self' 'sha256-new='; object-src 'none'" always;`);
  });

});

// A host on an allowed origin may show an embed view; a host on any other origin gets nothing.
describe.skipIf(noBrowser)('framing in Chromium with EMBED_ALLOWED_ORIGINS set', () => {
  let browser: Browser;
  let root: string;
  let host: HostServer;
  let site: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHostServer();
    // The built site as it is, with the _headers that a build allowing only http://localhost:{port} writes.
    root = mkdtempSync(path.join(tmpdir(), 'joldau-framing-'));
    for (const entry of readdirSync(DIST)) if (entry !== '_headers') symlinkSync(path.join(DIST, entry), path.join(root, entry));
    const origins = parseAllowedOrigins(`http://localhost:${host.port}`);
    const rules = headerRules(builtPages().map((p) => p.url), origins);
    writeFileSync(path.join(root, '_headers'), formatHeaderRules(allowInlineStyles(rules, builtStyleHashes(DIST))));
    site = await serve({ root, port: 0 });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('loads the embed view only in a frame of an allowed site, and full pages in none', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const framed = async (hostName: string, framedPath: string) => {
      host.pages.set('/host.html', `<!doctype html><title>Host</title><iframe title="embed" src="${site.url}${framedPath}"></iframe>`);
      // 'load' waits for the frame too; a refused frame is left on Chromium's error page.
      await page.goto(`http://${hostName}:${host.port}/host.html`, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      return frame.url().startsWith(site.url) ? frame.evaluate(() => document.querySelector('h1')?.textContent ?? '') : null;
    };
    expect(await framed('localhost', '/embed/ru/speech/economy/')).toContain('Развитая');
    expect(await framed('127.0.0.1', '/embed/ru/speech/economy/')).toBeNull();
    expect(await framed('localhost', '/ru/speech/economy/')).toBeNull();
    await context.close();
  });

  it('applies the pages\' inline stylesheets under the policy, and Chromium reports no violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const url of ['/ru/speech/economy/', '/kk/commitments/', '/embed/kk/speech/economy/']) {
      await page.goto(`${site.url}${url}`);
      // global.css sets the page's maximum width; without the stylesheet <main> spans the window.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth), url).not.toBe('none');
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('the editor at /admin/ has its own policy, and only there', () => {
  it('allows what Decap CMS needs under /admin/ and nothing more anywhere else', async () => {
    for (const url of ['/admin/', '/admin/decap-cms.js', '/admin/config.yml']) {
      const { headers } = await fetch(`${baseUrl}${url}`, { method: 'HEAD' });
      expect(headers.get('content-security-policy'), url).toMatch(/script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; .*connect-src 'self' http:\/\/localhost:8081;.*frame-ancestors 'none'/);
      expect(headers.get('x-robots-tag'), url).toBe('noindex, nofollow');
      expect(headers.get('x-frame-options'), url).toBe('DENY');
    }
    for (const url of ['/', '/ru/speech/economy/', '/embed/ru/speech/economy/', '/embed.js', '/data/commitments.json']) {
      const policy = (await fetch(`${baseUrl}${url}`, { method: 'HEAD' })).headers.get('content-security-policy') ?? '';
      expect(policy, url).not.toMatch(/ 'unsafe-eval'| 'unsafe-inline'|connect-src/);
    }
  });

  it('adds the Git host of production to the editor\'s connect-src', () => {
    const rule = headerRules(['/'], ['*'], ['http://localhost:8081', 'https://git.example.kz']).find((r) => r.pattern === '/admin/*')!;
    expect(new Map(rule.headers).get('Content-Security-Policy')).toContain("connect-src 'self' http://localhost:8081 https://git.example.kz;");
  });
});
