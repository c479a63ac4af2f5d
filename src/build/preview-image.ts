// Renders link preview cards to PNG at build time: satori lays the card out and turns its text into
// vector outlines with our own font files, resvg rasterises the SVG. Neither needs a browser, a system
// font or the network, so the image is the same on every machine. Rendered images are kept by content
// hash, so a rebuild renders only the cards that changed; new ones are rendered on every core at once.
// With its extension: scripts/preview-worker.mjs loads this file through Node's own TypeScript support.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardMarkup, PREVIEW_FONT_FAMILY, PREVIEW_FONT_SUBSETS, PREVIEW_SIZE, type PreviewCard } from '../lib/preview/card.ts';

// Resolved from the project, not from this module: Astro bundles this file into dist/.prerender.
const require = createRequire(path.join(process.cwd(), 'package.json'));

/** One font file given to satori: a family name, a weight and the WOFF data (satori reads no WOFF2). */
export interface PreviewFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

let fonts: PreviewFont[] | undefined;

/**
 * Noto Sans (SIL Open Font License) from the `@fontsource/noto-sans` package, regular and bold, in the
 * subsets that cover Kazakh and Russian Cyrillic and Kazakh Latin. Fontsource splits the alphabet:
 * ұ and і are in "cyrillic", ә ғ қ ң ө ү һ in "cyrillic-ext"; each subset is a family of its own, which
 * satori falls back through glyph by glyph (with one family name it would take the first file's
 * missing-glyph box).
 * @example previewFonts().length // 8
 */
export function previewFonts(): PreviewFont[] {
  fonts ??= PREVIEW_FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: PREVIEW_FONT_FAMILY(subset),
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/**
 * The card as an SVG, its text drawn as outlines.
 * @example const svg = await previewSvg(card) // '<svg width="1200" height="630" …'
 */
export async function previewSvg(card: PreviewCard): Promise<string> {
  // satori's types want React elements; the plain tree has the same shape.
  return satori(cardMarkup(card) as unknown as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts: previewFonts() });
}

/**
 * Rasterises an SVG to RGBA pixels and PNG, with no system fonts (satori already drew the text).
 * @example const { png, pixels } = rasterise(await previewSvg(card))
 */
export function rasterise(svg: string): { png: Buffer; pixels: Buffer; width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * A card as a 1200×630 PNG.
 * @example writeFileSync('card.png', await renderPreview(card))
 */
export async function renderPreview(card: PreviewCard): Promise<Buffer> {
  return rasterise(await previewSvg(card)).png;
}

let renderers: string | undefined;
const rendererVersions = () =>
  (renderers ??= ['satori', '@resvg/resvg-js']
    .map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
    .join(' '));

/**
 * The content hash of a card's image: its element tree (text, layout, colours), the fonts and the
 * versions of the two renderers. Any change to what the image would show changes the hash.
 * @example previewHash(card).length // 64
 */
export function previewHash(card: PreviewCard): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(cardMarkup(card)));
  for (const font of previewFonts()) hash.update(`${font.name}/${font.weight}/${font.data.length}`);
  hash.update(rendererVersions());
  return hash.digest('hex');
}

/** Where rendered previews are kept between builds (`node_modules/.cache`, as other build tools do). */
export const PREVIEW_CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'joldau-previews');

/**
 * The cache file of a card's image.
 * @example previewFile(card).endsWith('.png') // true
 */
export function previewFile(card: PreviewCard, cacheDir = PREVIEW_CACHE_DIR): string {
  return path.join(cacheDir, `${previewHash(card)}.png`);
}

/**
 * Writes an image to the cache: under a temporary name, then renamed, so that two builds (or two
 * workers) at once never read half a file.
 * @example storePreview(previewFile(card), await renderPreview(card))
 */
export function storePreview(file: string, png: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/**
 * A card's PNG from the cache, or rendered and cached.
 * @example const png = await cachedPreview(card)
 */
export async function cachedPreview(card: PreviewCard, cacheDir = PREVIEW_CACHE_DIR): Promise<Buffer> {
  const file = previewFile(card, cacheDir);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderPreview(card);
  storePreview(file, png);
  return png;
}

/** Options of `renderPreviews`. */
export interface RenderOptions {
  cacheDir?: string;
  /** Render even the cards already cached (`PREVIEW_CACHE=off`), to measure the cost of rendering. */
  fresh?: boolean;
  /** Worker threads at most; one renders in this thread. */
  threads?: number;
}

/**
 * Renders into the cache every card not yet there, in a worker thread per core (satori and resvg are
 * synchronous: one thread would use one core), and says how many it rendered.
 * @example await renderPreviews(cards) // { rendered: 3, cached: 72 }
 */
export async function renderPreviews(cards: readonly PreviewCard[], options: RenderOptions = {}): Promise<{ rendered: number; cached: number }> {
  const { cacheDir = PREVIEW_CACHE_DIR, fresh = process.env.PREVIEW_CACHE === 'off', threads = availableParallelism() } = options;
  const files = new Map(cards.map((card) => [previewFile(card, cacheDir), card]));
  const todo = [...files].filter(([file]) => fresh || !existsSync(file));
  const rendered = todo.length;
  const workers = Math.min(threads, todo.length);
  if (workers <= 1) {
    for (const [file, card] of todo) storePreview(file, await renderPreview(card));
  } else {
    const script = path.join(process.cwd(), 'scripts', 'preview-worker.mjs');
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const worker = new Worker(script);
        try {
          for (let next = todo.pop(); next; next = todo.pop()) {
            const [file, card] = next;
            await new Promise<void>((resolve, reject) => {
              worker.once('error', reject);
              worker.once('message', (reply: { error?: string }) => {
                worker.off('error', reject);
                if (reply.error) reject(new Error(`preview image of "${card.title}": ${reply.error}`));
                else resolve();
              });
              worker.postMessage({ card, file });
            });
          }
        } finally {
          await worker.terminate();
        }
      }),
    );
  }
  return { rendered, cached: files.size - rendered };
}
