import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { cachedPreview, previewFile, previewSvg, rasterise, renderPreviews } from '../src/build/preview-image';
import { SITE_URL } from '../src/build/site-url';
import { cardMarkup, previewAlt, previewImagePath, titleSize, type PreviewCard } from '../src/lib/preview/card';
import { builtHtml, builtPages, DIST } from './helpers/dist';

const baseUrl = inject('baseUrl');

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

const indexable = builtPages().filter(({ url }) => {
  if (url !== '/' && !/^\/(kk|ru)\//.test(url)) return false;
  return !builtHtml(url).includes('name="robots" content="noindex"');
});

describe('link previews in the built site', () => {
  it('covers the root and every indexable page of both languages', () => {
    expect(indexable.map((p) => p.url)).toEqual(expect.arrayContaining(['/', '/kk/', '/ru/', '/kk/speech/economy/', '/ru/programmes/qoldau/', '/kk/commitments/']));
    expect(indexable.length).toBeGreaterThan(60);
  });

  it('gives every indexable page Open Graph and a large Twitter card with its own 1200×630 PNG under 300 KB', () => {
    const hashes = new Map<string, string>();
    for (const { url } of indexable) {
      const { document } = parseHTML(builtHtml(url));
      const home = url === '/' || /^\/(kk|ru)\/$/.test(url);
      expect(meta(document, 'og:type'), url).toBe(home ? 'website' : 'article');
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt']) expect(meta(document, key)?.trim(), `${url} ${key}`).toBeTruthy();
      expect(meta(document, 'og:url'), url).toBe(`${SITE_URL}${url}`);
      expect(meta(document, 'og:locale'), url).toBe(url.startsWith('/ru/') ? 'ru_RU' : 'kk_KZ');
      expect(meta(document, 'twitter:card'), url).toBe('summary_large_image');
      expect([meta(document, 'og:image:width'), meta(document, 'og:image:height'), meta(document, 'og:image:type')], url).toEqual(['1200', '630', 'image/png']);
      const image = meta(document, 'og:image') ?? '';
      expect(image, url).toBe(`${SITE_URL}${previewImagePath(url)}`);
      const file = path.join(DIST, new URL(image).pathname);
      const bytes = readFileSync(file);
      expect(pngSize(bytes), url).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, url).toBeLessThan(300 * 1024);
      const hash = createHash('sha256').update(bytes).digest('hex');
      expect(hashes.get(hash), `${url} has the same image as ${hashes.get(hash)}`).toBeUndefined();
      hashes.set(hash, url);
    }
  });

  it('publishes no image that no page announces', () => {
    const announced = new Set(indexable.map(({ url }) => previewImagePath(url)));
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const published = files(path.join(DIST, 'og')).map((f) => '/' + path.relative(DIST, f).split(path.sep).join('/'));
    expect(published.filter((p) => !announced.has(p))).toEqual([]);
  });

  it('reads as a preview library reads it: title, description, locale and a 1200×630 image, in both languages', async () => {
    const urls = ['/', '/kk/', '/ru/', '/kk/speech/economy/', '/ru/speech/economy/', '/kk/programmes/qoldau/', '/ru/programmes/qoldau/'];
    for (const url of urls) {
      const { error, result } = await ogs({ url: `${baseUrl}${url}`, urlValidatorSettings: { require_tld: false } as never });
      expect(error, url).toBe(false);
      expect(result.ogTitle, url).toBeTruthy();
      expect(result.ogDescription, url).toBeTruthy();
      expect(result.ogLocale, url).toBe(url.startsWith('/ru/') ? 'ru_RU' : 'kk_KZ');
      expect(result.twitterCard, url).toBe('summary_large_image');
      const [image] = result.ogImage ?? [];
      expect([image?.width, image?.height].map(Number), url).toEqual([1200, 630]);
      // The page names its image on SITE_URL; here the same path is fetched from the local server.
      const response = await fetch(`${baseUrl}${new URL(image!.url).pathname}`);
      expect(response.headers.get('content-type'), url).toBe('image/png');
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), url).toEqual({ width: 1200, height: 630 });
    }
  });
});

const card = (title: string, extra: Partial<PreviewCard> = {}): PreviewCard => ({
  lang: 'kk',
  kind: 'test',
  siteName: 'Joldau',
  title,
  host: 'joldau.example.kz',
  ...extra,
});

/** The box of the pixels that differ between two renderings of the same size (undefined if none). */
function changedBox(a: Buffer, b: Buffer, width: number): { left: number; right: number; pixels: Buffer } | undefined {
  let left = Infinity;
  let right = -Infinity;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue;
    const x = (i / 4) % width;
    left = Math.min(left, x);
    right = Math.max(right, x);
    changed.push(i / 4, b[i]!);
  }
  return changed.length ? { left, right, pixels: Buffer.from(Int32Array.from(changed).buffer) } : undefined;
}

describe('preview cards', () => {
  it('draw the Kazakh letters themselves, not a missing-glyph box', async () => {
    const render = async (title: string) => rasterise(await previewSvg(card(title))).pixels;
    const blank = await render('');
    // U+E000 is a private-use character no font has: what the font draws for a letter it lacks.
    const missing = changedBox(blank, await render('\u{E000}'), 1200);
    const letters = [...'ҚӘҒҢӨҰҮҺІ'];
    const drawn = [];
    for (const letter of letters) {
      const box = changedBox(blank, await render(letter), 1200);
      expect(box, `${letter} draws nothing`).toBeDefined();
      expect(box!.pixels.equals(missing?.pixels ?? Buffer.alloc(0)), `${letter} is drawn as the missing-glyph box`).toBe(false);
      drawn.push(box!);
    }
    const widths = drawn.map((b) => b.right - b.left + 1);
    const missingWidth = missing ? missing.right - missing.left + 1 : 0;
    expect(widths.filter((w) => w !== missingWidth).length, `widths ${widths} against ${missingWidth}`).toBeGreaterThanOrEqual(letters.length - 1);
    // Nine different letters make nine different drawings; boxes would all look alike.
    expect(new Set(drawn.map((b) => b.pixels.toString('base64'))).size).toBe(letters.length);
  });

  it('fit the title to its length and describe themselves for screen readers', () => {
    expect(titleSize('Пять приоритетов')).toBeGreaterThan(titleSize('Центр поддержки предпринимательства «Qoldaý» в каждом районе города и онлайн-сервисы для бизнеса'));
    expect(previewAlt(card('Қолдау', { figure: { value: '525', unit: 'қызмет', label: 'орталықта' } }))).toBe('Joldau: Қолдау. 525 қызмет — орталықта');
    expect(previewImagePath('/')).toBe('/og/index.png');
    expect(previewImagePath('/ru/programmes/qoldau/')).toBe('/og/ru/programmes/qoldau.png');
  });

  it('are kept by content hash: the same card is rendered once, a changed card again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-previews-'));
    const first = await cachedPreview(card('Алматы'), dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await cachedPreview(card('Алматы'), dir)).equals(first)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    const changed = await cachedPreview(card('Алматы', { figure: { value: '5%', label: 'өсу' } }), dir);
    expect(changed.equals(first)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
    expect(JSON.stringify(cardMarkup(card('Алматы')))).toBe(JSON.stringify(cardMarkup(card('Алматы'))));
  });

  it('are rendered in worker threads, each once, and read back from the cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-previews-'));
    const cards = ['Алматы', 'Қолдау', 'Нұрлы жер'].map((title) => card(title));
    expect(await renderPreviews(cards, { cacheDir: dir, threads: 2, fresh: false })).toEqual({ rendered: 3, cached: 0 });
    for (const c of cards) expect(pngSize(readFileSync(previewFile(c, dir)))).toEqual({ width: 1200, height: 630 });
    expect(await renderPreviews([...cards, card('Жаңа')], { cacheDir: dir, threads: 2, fresh: false })).toEqual({ rendered: 1, cached: 3 });
    expect(readdirSync(dir).sort()).toEqual([...cards, card('Жаңа')].map((c) => path.basename(previewFile(c, dir))).sort());
  });
});
