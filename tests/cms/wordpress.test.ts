// WordPress, the most common oEmbed consumer, embeds our pages with its own code: the oEmbed answer goes
// through WP_oEmbed::data2html and the oembed_dataparse filters (tests/cms/wordpress-oembed.php runs
// them with php), and the post page sizes the frames with WordPress's wp-embed.js. Both come from
// Debian's `wordpress` package. The host page is on another origin, as a WordPress site is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITE_URL } from '../../src/build/site-url';
import { embedViewPolicy } from '../../src/build/security-headers';
import { withStyleHashes } from '../../src/build/style-hashes';
import { builtStyleHashes } from '../../scripts/security-headers.mjs';
import { embedCardPath, oembedPath } from '../../src/lib/embed/views';
import { launchBrowser, noBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { closeContext, expectNoInnerScrollbar, SITE, siteContext, sizedFrame, startHostServer, type HostServer } from '../helpers/embed';
import { prepareWordPress, wordpressEmbedHtml, wordpressFile } from '../helpers/wordpress';

const baseUrl = inject('baseUrl');
const missing = noBrowser ? 'no Chromium' : prepareWordPress();
if (missing) console.warn(`\n!!! THE WORDPRESS TEST IS SKIPPED: ${missing}.\n`);

/** A speech section and a programme, in both languages. */
const PAGES = ['/ru/speech/economy/', '/kk/speech/economy/', '/ru/programmes/qoldau/', '/kk/programmes/qoldau/'];

let browser: Browser;
let host: HostServer;

function oembedAnswer(url: string): unknown {
  return JSON.parse(readFileSync(path.join(DIST, oembedPath(url)), 'utf8'));
}

/** A post with the four embeds as WordPress renders embed blocks, with WordPress's embed CSS and wp-embed.js. */
function wordpressPost(): string {
  const blocks = PAGES.map(
    (url) =>
      `<figure class="wp-block-embed is-type-rich is-provider-joldau wp-block-embed-joldau"><div class="wp-block-embed__wrapper">\n${wordpressEmbedHtml(oembedAnswer(url), `${SITE_URL}${url}`)}\n</div></figure>`,
  );
  host.pages.set('/wp-includes/js/wp-embed.js', wordpressFile('wp-includes/js/wp-embed.js'));
  host.pages.set('/wp-includes/blocks/embed/style.css', wordpressFile('wp-includes/blocks/embed/style.css'));
  host.pages.set(
    '/post/',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Post</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/wp-includes/blocks/embed/style.css"></head><body class="wp-embed-responsive"><main><h1>Akimat news</h1>${blocks.join('\n<p>Text of the post.</p>\n')}</main><script src="/wp-includes/js/wp-embed.js"></script></body></html>`,
  );
  return `http://localhost:${host.port}/post/`;
}

const frameOf = (url: string) => `iframe[src^="${SITE_URL}${embedCardPath(url)}"]`;

/** A WordPress post in Chromium; embed views may be framed by the post's origin only (EMBED_ALLOWED_ORIGINS). */
async function openPost(width: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const postUrl = wordpressPost();
  const allowed = [new URL(postUrl).origin];
  const styleHashes = builtStyleHashes(DIST);
  const context = await siteContext(browser, baseUrl, { viewport: { width, height: 900 } }, (pathname, headers) =>
    pathname.startsWith('/embed/') ? { ...headers, 'content-security-policy': withStyleHashes(embedViewPolicy(allowed), styleHashes) } : headers,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(postUrl);
  return { page, errors, close: () => closeContext(context) };
}

describe.skipIf(missing)('embedding in WordPress (its oEmbed filters and wp-embed.js)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHostServer();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('gets from WordPress a sandboxed iframe of the card, with a secret, and nothing else', () => {
    for (const url of PAGES) {
      const html = wordpressEmbedHtml(oembedAnswer(url), `${SITE_URL}${url}`);
      expect(html, url).toMatch(/^<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" /);
      expect(html, url).toMatch(/ src="[^"]+#\?secret=([a-zA-Z0-9]{10})" data-secret="\1"/);
      expect(html, url).not.toMatch(/<script| style=| id=/);
    }
  });

  for (const width of [390, 1280]) {
    it(`sizes each card to its content with no inner scrollbar and no console error, ${width} px wide`, async () => {
      const { page, errors, close } = await openPost(width);
      const heights: string[] = [];
      for (const url of PAGES) {
        const size = await sizedFrame(page, frameOf(url));
        expectNoInnerScrollbar(size);
        // WordPress clamps heights to 200–1000 px: the card fits inside, so the frame is its exact height.
        expect(size.outer, url).toBeGreaterThanOrEqual(200);
        expect(size.outer, url).toBeLessThanOrEqual(1000);
        const frame = (await page.locator(frameOf(url)).elementHandle())!;
        const inside = await (await frame.contentFrame())!.evaluate(() => ({ origin, lang: document.documentElement.lang }));
        // The sandbox is real: the card runs with an opaque origin.
        expect(inside, url).toEqual({ origin: 'null', lang: url.slice(1, 3) });
        heights.push(`${url} ${size.outer} px (content ${size.content} px)`);
      }
      console.log(`WordPress, ${width} px: ${heights.join('; ')}`);
      expect(errors).toEqual([]);
      await close();
    }, 120_000);
  }

  for (const url of PAGES) {
    it(`opens the full page in the top window when a link of a card is clicked (${url})`, async () => {
      const { page, errors, close } = await openPost(390);
      await sizedFrame(page, frameOf(url));
      await page.frameLocator(frameOf(url)).locator('.embed-card__more a').click();
      await page.waitForURL(`${SITE}${url}`, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('h1').first().textContent()).toBe((oembedAnswer(url) as { title: string }).title);
      expect(errors).toEqual([]);
      await close();
    }, 120_000);
  }
});
