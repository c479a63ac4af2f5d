import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../src/build/site-url';
import { useTranslations } from '../src/i18n';
import { parseHTML } from 'linkedom';
import { embedCardFrameId, embedCardPath, embedPath, oembedPath } from '../src/lib/embed/views';
import { DIST } from './helpers/dist';
import { documentOf, embeddablePages, langOf, READING_PAGES } from './helpers/embed';

const embeddable = embeddablePages();

const baseUrl = inject('baseUrl');

function oembedFiles(dir = path.join(DIST, 'oembed')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? oembedFiles(path.join(dir, entry.name)) : [`/${path.relative(DIST, path.join(dir, entry.name))}`],
  );
}

function oembedOf(url: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIST, oembedPath(url)), 'utf8')) as Record<string, unknown>;
}

describe('oEmbed', () => {
  it('answers for every embeddable page, and only for pages that have an embed view', () => {
    expect(embeddable).toEqual(expect.arrayContaining(READING_PAGES));
    expect(oembedFiles().sort()).toEqual(embeddable.map(oembedPath).sort());
    for (const url of embeddable) expect(existsSync(path.join(DIST, embedPath(url), 'index.html')), url).toBe(true);
  });

  it('is announced in the head of every embeddable page', () => {
    for (const url of embeddable) {
      const links = documentOf(url).querySelectorAll('head link[rel="alternate"][type="application/json+oembed"]');
      expect([...links].map((l) => l.getAttribute('href')), url).toEqual([`${SITE_URL}${oembedPath(url)}`]);
    }
  });

  it('is valid oEmbed 1.0 of type rich, titled in the page language, its html the page’s card at the answer’s own size', () => {
    for (const url of embeddable) {
      const answer = oembedOf(url);
      const title = documentOf(url).querySelector('h1')?.textContent;
      expect(Object.keys(answer).sort(), url).toEqual(['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
      expect(answer, url).toMatchObject({
        version: '1.0',
        type: 'rich',
        title,
        provider_name: useTranslations(langOf(url))('site.name'),
        provider_url: `${SITE_URL}/`,
      });
      for (const size of [answer.width, answer.height]) {
        expect(Number.isInteger(size) && (size as number) > 0, `${url}: ${String(size)}`).toBe(true);
      }
      const { document } = parseHTML(`<body>${answer.html as string}</body>`);
      const frame = document.querySelector('iframe');
      expect(frame?.getAttribute('src'), url).toBe(`${SITE_URL}${embedCardPath(url)}?id=${embedCardFrameId(url)}`);
      expect(frame?.getAttribute('title'), url).toBe(useTranslations(langOf(url))('embed.iframe_title', { title }));
      expect([Number(frame?.getAttribute('width')), Number(frame?.getAttribute('height'))], url).toEqual([answer.width, answer.height]);
      expect(document.querySelector('script')?.getAttribute('src'), url).toBe(`${SITE_URL}/embed.js`);
    }
  });

  it('is served as JSON that any site may read', async () => {
    const response = await fetch(`${baseUrl}${oembedPath('/kk/programmes/qoldau/')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await response.json()) as { html: string }).html).toContain(`${SITE_URL}${embedCardPath('/kk/programmes/qoldau/')}`);
  });
});
