import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';
import { SITE_URL } from '../../src/build/site-url';
import { listCollection } from '../../src/build/content-files';
import { LANGS, type Lang } from '../../src/lib/languages';
import { embedCodePath } from '../../src/lib/embed/views';
import { SECTION_SLUGS, sectionPath } from '../../src/lib/speech-sections';
import { builtHtml, builtPages } from './dist';

const programmeSlugs = [...new Set(listCollection(process.cwd(), 'programmes').map((f) => f.slug))];

/** Every full reading page that must offer an embed: speech sections, programme pages and the commitments, both languages. */
export const READING_PAGES: string[] = LANGS.flatMap((lang) => [
  ...SECTION_SLUGS.map((slug) => sectionPath(lang, slug)),
  ...programmeSlugs.map((slug) => `/${lang}/programmes/${slug}/`),
  `/${lang}/commitments/`,
]);

/**
 * Every full page that offers an embed (links to its embed code page): the reading pages above and any added since.
 * @example embeddablePages().includes('/ru/speech/economy/') // true
 */
export function embeddablePages(): string[] {
  return builtPages()
    .map((p) => p.url)
    .filter((url) => /^\/(kk|ru)\//.test(url) && builtHtml(url).includes('data-embed-link'));
}

/**
 * The language of a site path.
 * @example langOf('/embed/kk/speech/') // 'kk'
 */
export function langOf(url: string): Lang {
  return /^\/(?:embed\/)?(kk|ru)\//.exec(url)![1] as Lang;
}

/**
 * A built page, parsed.
 * @example documentOf('/ru/speech/').querySelector('h1')
 */
export function documentOf(url: string): Document {
  return parseHTML(builtHtml(url)).document as unknown as Document;
}

/**
 * The snippet a webmaster copies for a full page, from its embed code page: the field's text, with
 * character references decoded as a browser does (linkedom leaves them encoded in a textarea).
 * @example snippetOf('/ru/speech/economy/').startsWith('<iframe') // true
 */
export function snippetOf(url: string): string {
  const raw = documentOf(embedCodePath(url)).querySelector('[data-embed-code]')?.innerHTML ?? '';
  return parseHTML(`<p>${raw}</p>`).document.querySelector('p')?.textContent ?? '';
}

/** A second web server for host pages: another origin than the site's, as a webmaster's site is. */
export interface HostServer {
  port: number;
  /** Page bodies by path; set them before visiting. */
  pages: Map<string, string>;
  close: () => Promise<void>;
}

/**
 * Serves host pages from memory on 127.0.0.1. Visit them as `http://localhost:{port}/…`; the same server
 * reached as `http://127.0.0.1:{port}` is yet another origin.
 * @example const host = await startHostServer(); host.pages.set('/a.html', '<iframe …>');
 */
export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://host').pathname;
    const body = pages.get(pathname);
    const type = types[path.extname(pathname)] ?? 'text/html';
    res.writeHead(body ? 200 : 404, { 'Content-Type': `${type}; charset=utf-8` }).end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The site's public origin, which snippets and oEmbed answers name. */
export const SITE = new URL(SITE_URL).origin;

/**
 * A browser context in which the site's public address (SITE_URL) is answered by the built site served
 * at `baseUrl`, with its real headers, as if it were deployed there. `headers` may change the headers of
 * some responses (to try another EMBED_ALLOWED_ORIGINS without another build).
 * @example const context = await siteContext(browser, baseUrl, { viewport: { width: 390, height: 800 } })
 */
export async function siteContext(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
  headers?: (pathname: string, headers: Record<string, string>) => Record<string, string>,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(`${SITE}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response, headers: headers ? headers(url.pathname, response.headers()) : undefined });
  });
  return context;
}

/**
 * Closes a context without failing on requests (a favicon, say) still on their way.
 * @example await closeContext(context)
 */
export async function closeContext(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

/** The size of a framed embed view, seen from the host page and from inside. */
export interface FrameSize {
  /** Height of the iframe element on the host page. */
  outer: number;
  /** Height of the frame's viewport, inside the iframe's border. */
  viewport: number;
  /** Height of the embed view's content. */
  content: number;
  /** The embed view scrolls inside its frame. */
  scrolls: boolean;
  overflowsSideways: boolean;
}

/**
 * Measures the iframe matching `selector` on the host page and the view inside it.
 * @example const { outer, content } = await frameSize(page, '#joldau-ru-speech-economy')
 */
export async function frameSize(page: Page, selector: string): Promise<FrameSize> {
  const element = page.locator(selector);
  const outer = await element.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await element.elementHandle())!.contentFrame();
  const inner = await frame!.evaluate(() => {
    const root = document.documentElement;
    return {
      viewport: root.clientHeight,
      content: Math.ceil(root.getBoundingClientRect().height),
      scrolls: root.scrollHeight > root.clientHeight,
      overflowsSideways: root.scrollWidth > root.clientWidth,
    };
  });
  return { outer, ...inner };
}

/**
 * Waits until the iframe matching `selector` is as tall as its content (a host script sized it).
 * @example const size = await sizedFrame(page, '#joldau-ru-speech-economy')
 */
export async function sizedFrame(page: Page, selector: string): Promise<FrameSize> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const size = await frameSize(page, selector).catch(() => undefined);
      return size !== undefined && size.content > 0 && size.viewport === size.content;
    }, { timeout: 15_000 })
    .toBe(true);
  return frameSize(page, selector);
}

/**
 * Fails unless the frame shows all its content without a scrollbar of its own.
 * @example expectNoInnerScrollbar(await sizedFrame(page, '#joldau-ru-speech'))
 */
export function expectNoInnerScrollbar(size: FrameSize): void {
  expect(size.scrolls, 'scrolls inside the frame').toBe(false);
  expect(size.overflowsSideways, 'overflows the frame sideways').toBe(false);
}
