import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { SITE_URL } from '../src/build/site-url';
import { embedFrameId, embedPath } from '../src/lib/embed/views';
import { HEIGHT_MESSAGE } from '../src/lib/embed/protocol';
import { useTranslations } from '../src/i18n';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser } from './helpers/browser';
import { builtHtml, builtPages } from './helpers/dist';
import { documentOf, embeddablePages, langOf, READING_PAGES as readingPages, snippetOf, startHostServer, type HostServer } from './helpers/embed';

const baseUrl = inject('baseUrl');
const SITE = new URL(SITE_URL).origin;
const embedViews = builtPages()
  .map((p) => p.url)
  .filter((url) => url.startsWith('/embed/'));
const embeddable = embeddablePages();

describe('embed views', () => {
  it('exist for every speech section and programme page in both languages, and only for pages offering an embed', () => {
    expect(embeddable).toEqual(expect.arrayContaining(readingPages));
    expect(embedViews.sort()).toEqual(embeddable.map(embedPath).sort());
  });

  it('show the same content and paragraph ids as the full page, without header, navigation or footer', () => {
    for (const url of readingPages) {
      const full = documentOf(url);
      const embed = documentOf(embedPath(url));
      // The full page's own tools (table of contents, Embed control) are not part of the content.
      const ids = (doc: Document) => [...doc.querySelectorAll('article [id]')].map((el) => el.id).filter((id) => !['toc-title', 'embed-code'].includes(id));
      expect(ids(embed).length, url).toBeGreaterThan(0);
      expect(ids(embed), url).toEqual(ids(full));
      const paragraphs = (doc: Document) => [...doc.querySelectorAll('.speech-text p[id], .mentions li')].map((p) => p.textContent);
      expect(paragraphs(embed), url).toEqual(paragraphs(full));
      expect(embed.querySelector('h1')?.textContent, url).toBe(full.querySelector('h1')?.textContent);
      expect(embed.querySelectorAll('header.site-header, nav, footer, .breadcrumbs, .toc, .section-tools, .prev-next').length, url).toBe(0);
    }
    expect(documentOf('/embed/ru/speech/economy/').getElementById('economy-8')?.textContent).toContain('Qoldaý');
  });

  it('credit the full page in one line, in the page language', () => {
    for (const url of embeddable) {
      const embed = documentOf(embedPath(url));
      const lang = langOf(url);
      const credit = embed.querySelector('.embed-attribution a');
      expect(credit?.getAttribute('href'), url).toBe(`${SITE_URL}${url}`);
      expect(credit?.getAttribute('target')).toBe('_top');
      const title = embed.querySelector('h1')?.textContent ?? '';
      expect(credit?.textContent).toBe(useTranslations(lang)('embed.attribution', { title }));
      expect(embed.documentElement.getAttribute('lang')).toBe(lang);
    }
  });

  it('are noindex, name the full page canonical, and stay out of the sitemap and the search index', () => {
    const sitemap = builtHtml('/sitemap-0.xml');
    expect(sitemap).not.toContain(`${SITE_URL}/embed/`);
    for (const url of embeddable) {
      const html = builtHtml(embedPath(url));
      const embed = documentOf(embedPath(url));
      expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content'), url).toBe('noindex');
      expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}${url}`);
      expect(html, url).not.toContain('data-pagefind');
      expect(sitemap).toContain(`<loc>${SITE_URL}${url}</loc>`);
    }
  });

  it('open site links in the parent window, at the full page, and other links in a new tab', () => {
    let siteLinks = 0;
    for (const url of embedViews) {
      for (const link of documentOf(url).querySelectorAll('a[href]')) {
        const href = new URL(link.getAttribute('href') ?? '');
        if (href.origin === SITE) {
          siteLinks += 1;
          expect(link.getAttribute('target'), `${url}: ${href.href}`).toBe('_top');
          expect(href.pathname.startsWith('/embed/'), `${url}: ${href.href}`).toBe(false);
        } else {
          expect(link.getAttribute('target'), `${url}: ${href.href}`).toBe('_blank');
          expect(link.getAttribute('rel')).toContain('noopener');
        }
      }
    }
    expect(siteLinks).toBeGreaterThan(500);
    const economy = documentOf('/embed/ru/speech/economy/');
    expect(economy.querySelector('#economy-8 .para-link')?.getAttribute('href')).toBe(`${SITE_URL}/ru/speech/economy/#economy-8`);
    expect(economy.querySelector('#economy-8 a[data-programme="qoldau"]')?.getAttribute('href')).toBe(`${SITE_URL}/ru/programmes/qoldau/`);
  });

  it('run bundled scripts only, no inline script: the height reporter, and what the content itself needs', () => {
    for (const url of embedViews) {
      const sources = [...documentOf(url).querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline');
      expect(sources.every((src) => src.startsWith('/_astro/')), `${url}: ${sources.join(' ')}`).toBe(true);
      expect(sources.filter((src) => src.includes('EmbedLayout')), url).toHaveLength(1);
      if (!url.includes('/commitments/')) expect(sources, url).toHaveLength(1);
    }
  });
});

describe('the Embed control of every reading page', () => {
  it('offers a snippet: the embed view by absolute address, a title in the page language, lazy loading, the host script', () => {
    for (const url of embeddable) {
      const page = documentOf(url);
      const lang = langOf(url);
      const t = useTranslations(lang);
      expect(page.querySelector('.embed-control summary')?.textContent, url).toBe(t('embed.button'));
      const { document: snippet } = parseHTML(`<body>${snippetOf(url)}</body>`);
      const frame = snippet.querySelector('iframe');
      const id = embedFrameId(url);
      expect(frame?.getAttribute('src'), url).toBe(`${SITE_URL}${embedPath(url)}?id=${id}`);
      expect(frame?.id).toBe(id);
      expect(frame?.getAttribute('title')).toBe(t('embed.iframe_title', { title: page.querySelector('h1')?.textContent }));
      expect(frame?.getAttribute('loading')).toBe('lazy');
      const script = snippet.querySelector('script');
      expect(script?.getAttribute('src')).toBe(`${SITE_URL}/embed.js`);
      expect(script?.hasAttribute('async')).toBe(true);
    }
  });

  it('gives every frame its own id, so several embeds on one host page never collide', () => {
    const ids = embeddable.map(embedFrameId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// ---------------------------------------------------------------------------------------------------
// In Chromium: a host page on another origin pastes our snippets. The snippets are used verbatim, so
// their iframes and /embed.js point at SITE_URL; the browser's requests to SITE_URL are answered by the
// built site (with its real headers), as if it were deployed there.

let browser: Browser;
let host: HostServer;

/** A host page on `http://localhost:{port}`; `127.0.0.1` on the same port is yet another origin. */
function hostPage(name: string, body: string, head = ''): string {
  host.pages.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${head}</head><body><h1>Akimat</h1>${body}</body></html>`);
  return `http://localhost:${host.port}/${name}`;
}

async function hostContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(`${SITE}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  return context;
}

/** Closes a host context without failing on requests (a favicon, say) still on their way. */
async function closeHost(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

interface FrameSize {
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

async function frameSize(page: Page, id: string): Promise<FrameSize> {
  const element = page.locator(`#${id}`);
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

function expectNoInnerScrollbar(size: FrameSize): void {
  expect(size.scrolls, 'scrolls inside the frame').toBe(false);
  expect(size.overflowsSideways, 'overflows the frame sideways').toBe(false);
}

/** What the host page saw during the forgery test: the heights given to a frame, and messages received. */
interface Seen {
  heights: string[];
  messages: number;
}

/** Waits until /embed.js has given the frame its content's height. */
async function sized(page: Page, id: string): Promise<FrameSize> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const size = await frameSize(page, id).catch(() => undefined);
      return size !== undefined && size.content > 0 && size.viewport === size.content;
    }, { timeout: 15_000 })
    .toBe(true);
  return frameSize(page, id);
}

describe.skipIf(noBrowser)('embedding in Chromium, on a host page of another origin', () => {
  const speech = '/ru/speech/economy/';
  const programme = '/kk/programmes/qoldau/';
  const speechId = embedFrameId(speech);
  const programmeId = embedFrameId(programme);

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHostServer();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  for (const width of [390, 1280]) {
    it(`sizes two embeds on one page to their own content, with no inner scrollbar, ${width} px wide`, async () => {
      const context = await hostContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      // On the narrow host, its own CSS frames iframes with border and padding inside their height.
      const hostStyle = width < 400 ? '<style>* { box-sizing: border-box } iframe { border: 3px solid !important; padding: 4px }</style>' : '';
      await page.goto(hostPage(`two-${width}.html`, `${snippetOf(speech)}<p>Between the embeds</p>${snippetOf(programme)}`, hostStyle));
      const first = await sized(page, speechId);
      const second = await sized(page, programmeId);
      for (const size of [first, second]) {
        expectNoInnerScrollbar(size);
      }
      // A long section grows past the fixed height; the two frames differ, each as tall as its content.
      expect(first.outer).toBeGreaterThan(600);
      expect(Math.abs(first.outer - second.outer)).toBeGreaterThan(100);
      const frame = page.frameLocator(`#${speechId}`);
      expect(await frame.locator('html').getAttribute('lang')).toBe('ru');
      expect(await page.frameLocator(`#${programmeId}`).locator('html').getAttribute('lang')).toBe('kk');
      expect(await frame.locator('#economy-8').textContent()).toContain('Qoldaý');
      const frameUrl = page.frames().find((f) => f.url().includes('/embed/ru/'))?.url();
      expect(frameUrl).toBe(`${SITE}${embedPath(speech)}?id=${speechId}`);
      await closeHost(context);
    });
  }

  it('follows the host when its width changes, down to 320 px', async () => {
    const context = await hostContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostPage('resize.html', snippetOf(speech)));
    const wide = await sized(page, speechId);
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(async () => (await frameSize(page, speechId)).outer, { timeout: 15_000 }).toBeGreaterThan(wide.outer);
    const narrow = await sized(page, speechId);
    expectNoInnerScrollbar(narrow);
    await closeHost(context);
  });

  it('follows the content when it changes inside the frame (filtering the commitments)', async () => {
    const commitments = '/ru/commitments/';
    const id = embedFrameId(commitments);
    const context = await hostContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostPage('commitments.html', snippetOf(commitments)));
    const all = await sized(page, id);
    await page.frameLocator(`#${id}`).locator('#filter-priority').selectOption('1');
    await expect.poll(async () => (await frameSize(page, id)).outer, { timeout: 15_000 }).toBeLessThan(all.outer);
    const filtered = await sized(page, id);
    expectNoInnerScrollbar(filtered);
    await closeHost(context);
  });

  it('ignores forged and misdirected messages', async () => {
    const context = await hostContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    host.pages.set('/forger.html', '<!doctype html><title>Forger</title>');
    const forgerUrl = `http://127.0.0.1:${host.port}/forger.html`;
    const forger = `<iframe id="forger" title="Forger" src="${forgerUrl}"></iframe>`;
    await page.goto(hostPage('forged.html', `${snippetOf(speech)}${snippetOf(programme)}${forger}`));
    await sized(page, speechId);
    await sized(page, programmeId);
    // Every height the host gives the speech frame, and every message the page receives. This listener
    // runs after /embed.js's, so once a message is counted, /embed.js has dealt with it.
    await page.evaluate((id) => {
      const seen: Seen = { heights: [], messages: 0 };
      (window as unknown as { seen: Seen }).seen = seen;
      const frame = document.getElementById(id)!;
      new MutationObserver(() => seen.heights.push(frame.style.height)).observe(frame, { attributeFilter: ['style'] });
      window.addEventListener('message', () => (seen.messages += 1));
    }, speechId);
    const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
    const forged = { type: HEIGHT_MESSAGE, id: speechId, height: 1234 };
    const post = (url: RegExp, message: object) => page.frame({ url })!.evaluate((m) => parent.postMessage(m, '*'), message);
    const senders: Array<[string, () => Promise<unknown>]> = [
      ['a frame of another origin', () => post(/forger\.html$/, forged)],
      ['the host page itself', () => page.evaluate((m) => window.postMessage(m, '*'), forged)],
      ['our other frame, naming this one', () => post(/\/embed\/kk\//, forged)],
      ['this frame, with a malformed height', () => post(/\/embed\/ru\//, { ...forged, height: '1234' })],
      [
        'this frame once navigated to another origin',
        async () => {
          await page.locator(`#${speechId}`).evaluate((el, url) => ((el as HTMLIFrameElement).src = url), `${forgerUrl}?navigated`);
          await expect.poll(() => page.frames().some((f) => f.url().endsWith('?navigated'))).toBe(true);
          await post(/\?navigated$/, forged);
        },
      ],
    ];
    for (const [sender, send] of senders) {
      const count = (await seen()).messages;
      await send();
      await expect.poll(async () => (await seen()).messages, { message: sender }).toBeGreaterThan(count);
      expect((await seen()).heights, sender).not.toContain('1234px');
    }
    await closeHost(context);
  });

  it('still shows the embed at a fixed height with its own scrollbar without the host script', async () => {
    const withoutScript = snippetOf(speech).replace(/<script[^>]*><\/script>/, '');
    for (const javaScriptEnabled of [true, false]) {
      const context = await hostContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      const url = javaScriptEnabled ? hostPage('no-script.html', withoutScript) : hostPage('js-off.html', snippetOf(speech));
      await page.goto(url);
      const frame = page.frameLocator(`#${speechId}`);
      await expect.poll(() => frame.locator('h1').textContent().catch(() => null)).toContain('Развитая');
      const size = await frameSize(page, speechId);
      expect(size.outer).toBe(600);
      expect(size.scrolls).toBe(true);
      await closeHost(context);
    }
  });

  it('follows the theme parameter of the snippet over the reader’s system preference', async () => {
    const background = async (colorScheme: 'light' | 'dark', query: string) => {
      const context = await hostContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${SITE}${embedPath(speech)}${query}`);
      await page.waitForLoadState('load');
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await closeHost(context);
      return color;
    };
    const light = 'rgb(255, 255, 255)';
    const dark = 'rgb(20, 23, 26)';
    expect(await background('light', '')).toBe(light);
    expect(await background('dark', '')).toBe(dark);
    expect(await background('light', '?theme=dark')).toBe(dark);
    expect(await background('dark', '?theme=light')).toBe(light);
  });

  it('copies the snippet with the Embed control and says so in the page language', async () => {
    for (const [url, said] of [[speech, 'Код скопирован'], [programme, 'Код көшірілді']] as const) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${url}`);
      await page.click('.embed-control summary');
      await page.click('[data-embed-copy]');
      await expect.poll(() => page.textContent('[data-embed-status]')).toBe(said);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippetOf(url));
      await context.close();
    }
  });

  for (const path of ['/embed/ru/speech/economy/', '/embed/kk/programmes/qoldau/', '/kk/embed/', '/ru/embed/']) {
    it(`has no WCAG 2.2 AA violation on ${path}`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseUrl}${path}`);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        await context.close();
      }
    });
  }

  it('has no WCAG 2.2 AA violation with the Embed control open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kk/speech/state/`);
    await page.click('.embed-control summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a live, self-sizing example on the webmasters’ page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/embed/`);
    const id = await page.locator('.embed-docs__frame').getAttribute('id');
    const size = await sized(page, id!);
    expect(size.outer).not.toBe(600);
    expectNoInnerScrollbar(size);
    await context.close();
  });
});
