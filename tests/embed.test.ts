import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { SITE_URL } from '../src/build/site-url';
import { CARD_FALLBACK_HEIGHT, embedCardPath, embedCodePath, embedFrameId, embedPath, oembedPath } from '../src/lib/embed/views';
import { HEIGHT_MESSAGE } from '../src/lib/embed/protocol';
import { useTranslations } from '../src/i18n';
import { axeViolations } from './helpers/axe';
import { launchBrowser, noBrowser } from './helpers/browser';
import { builtHtml, builtPages } from './helpers/dist';
import {
  closeContext,
  documentOf,
  embeddablePages,
  expectNoInnerScrollbar,
  frameSize,
  langOf,
  READING_PAGES as readingPages,
  SITE,
  siteContext,
  sizedFrame,
  snippetOf,
  startHostServer,
  type HostServer,
} from './helpers/embed';

const baseUrl = inject('baseUrl');
const embedViews = builtPages()
  .map((p) => p.url)
  .filter((url) => url.startsWith('/embed/'));
const embeddable = embeddablePages();

describe('embed views', () => {
  it('exist for every speech section and programme page in both languages, and only for pages offering an embed', () => {
    expect(embeddable).toEqual(expect.arrayContaining(readingPages));
    expect(embedViews.sort()).toEqual([...embeddable.map(embedPath), ...embeddable.map(embedCardPath)].sort());
  });

  it('have a card per page: title, summary, key figures or the opening words, and a link to the full text', () => {
    let withFigures = 0;
    for (const url of embeddable) {
      const card = documentOf(embedCardPath(url));
      const full = documentOf(url);
      const t = useTranslations(langOf(url));
      expect(card.documentElement.getAttribute('lang'), url).toBe(langOf(url));
      const title = card.querySelector('.embed-card h1 a');
      expect(title?.textContent, url).toBe(full.querySelector('h1')?.textContent);
      expect(title?.getAttribute('href'), url).toBe(`${SITE_URL}${url}`);
      expect(card.querySelector('.embed-card__summary')?.textContent?.length, url).toBeGreaterThan(20);
      const figures = [...card.querySelectorAll('.embed-card__figures li')];
      const excerpt = card.querySelector('.embed-card__excerpt')?.textContent ?? '';
      expect(figures.length > 0 !== excerpt.length > 0, `${url}: figures or the opening words`).toBe(true);
      expect(figures.length, url).toBeLessThanOrEqual(3);
      if (figures.length > 0) withFigures += 1;
      // Each figure cites its paragraph on the site, which must state the figure.
      for (const figure of figures) {
        const href = new URL(figure.querySelector('a')!.getAttribute('href')!);
        const paragraph = documentOf(href.pathname).getElementById(href.hash.slice(1));
        const number = (/^[\d\s,.]+/.exec(figure.querySelector('.embed-card__value')?.textContent ?? '')?.[0] ?? '').replace(/\s/g, '');
        expect(number, `${url}: ${href.href}`).not.toBe('');
        expect(paragraph?.textContent?.replace(/\s/g, ''), `${url}: ${href.href}`).toContain(number);
      }
      const more = card.querySelector('.embed-card__more a');
      expect(more?.textContent, url).toBe(t('embed_card.read_full'));
      expect(more?.getAttribute('href'), url).toBe(`${SITE_URL}${url}`);
      expect(more?.getAttribute('target'), url).toBe('_top');
      expect(card.querySelector('meta[name="robots"]')?.getAttribute('content'), url).toBe('noindex');
    }
    expect(withFigures).toBeGreaterThan(10);
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
    expect(economy.querySelector('#economy-8 > a:last-child')?.getAttribute('href')).toBe(`${SITE_URL}/ru/speech/economy/#economy-8`);
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
      const link = page.querySelector('[data-embed-link]');
      expect(link?.textContent, url).toBe(t('embed.button'));
      expect(link?.getAttribute('href'), url).toBe(embedCodePath(url));
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

const hostContext = (options: BrowserContextOptions = {}): Promise<BrowserContext> => siteContext(browser, baseUrl, options);

/** What the host page saw during the forgery test: the heights given to a frame, and messages received. */
interface Seen {
  heights: string[];
  messages: number;
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
      const first = await sizedFrame(page, `#${speechId}`);
      const second = await sizedFrame(page, `#${programmeId}`);
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
      await closeContext(context);
    });
  }

  it('follows the host when its width changes, down to 320 px', async () => {
    const context = await hostContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostPage('resize.html', snippetOf(speech)));
    const wide = await sizedFrame(page, `#${speechId}`);
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(async () => (await frameSize(page, `#${speechId}`)).outer, { timeout: 15_000 }).toBeGreaterThan(wide.outer);
    const narrow = await sizedFrame(page, `#${speechId}`);
    expectNoInnerScrollbar(narrow);
    await closeContext(context);
  });

  it('follows the content when it changes inside the frame (filtering the commitments)', async () => {
    const commitments = '/ru/commitments/';
    const id = embedFrameId(commitments);
    const context = await hostContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostPage('commitments.html', snippetOf(commitments)));
    const all = await sizedFrame(page, `#${id}`);
    await page.frameLocator(`#${id}`).locator('#filter-priority').selectOption('1');
    await expect.poll(async () => (await frameSize(page, `#${id}`)).outer, { timeout: 15_000 }).toBeLessThan(all.outer);
    const filtered = await sizedFrame(page, `#${id}`);
    expectNoInnerScrollbar(filtered);
    await closeContext(context);
  });

  it('ignores forged and misdirected messages', async () => {
    const context = await hostContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    host.pages.set('/forger.html', '<!doctype html><title>Forger</title>');
    const forgerUrl = `http://127.0.0.1:${host.port}/forger.html`;
    const forger = `<iframe id="forger" title="Forger" src="${forgerUrl}"></iframe>`;
    await page.goto(hostPage('forged.html', `${snippetOf(speech)}${snippetOf(programme)}${forger}`));
    await sizedFrame(page, `#${speechId}`);
    await sizedFrame(page, `#${programmeId}`);
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
    await closeContext(context);
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
      const size = await frameSize(page, `#${speechId}`);
      expect(size.outer).toBe(600);
      expect(size.scrolls).toBe(true);
      await closeContext(context);
    }
  });

  it('sizes frames that loaded 3 s before the host script started (deferred, tag manager, footer)', async () => {
    const context = await hostContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const withoutScript = (url: string) => snippetOf(url).replace(/<script[^>]*><\/script>/, '');
    await page.goto(hostPage('late.html', `${withoutScript(speech)}<p>Between the embeds</p>${withoutScript(programme)}`));
    for (const id of [speechId, programmeId]) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(() => page.frameLocator(`#${id}`).locator('h1').count(), { timeout: 15_000 }).toBe(1);
    }
    await page.waitForTimeout(3000);
    expect((await frameSize(page, `#${speechId}`)).outer).toBe(600);
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.body.append(script);
    }, `${SITE}/embed.js`);
    for (const id of [speechId, programmeId]) {
      const size = await sizedFrame(page, `#${id}`);
      expectNoInnerScrollbar(size);
      expect(size.outer, id).not.toBe(600);
    }
    await closeContext(context);
  });

  it('shows a usable card where an editor inserts the oEmbed html with innerHTML (its script never runs)', async () => {
    for (const url of [speech, programme]) {
      const context = await hostContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      const insert = `<div id="box"></div><script>fetch('${SITE}${oembedPath(url)}').then((r) => r.json()).then((answer) => { document.getElementById('box').innerHTML = answer.html; });</script>`;
      await page.goto(hostPage(`inner-${langOf(url)}.html`, insert));
      const frame = page.frameLocator('#box iframe');
      await expect.poll(() => frame.locator('.embed-card__more a').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.evaluate(() => document.querySelectorAll('#box script').length)).toBe(1);
      expect(await page.evaluate(() => Symbol.for('joldau.embed') in window)).toBe(false);
      const size = await frameSize(page, '#box iframe');
      expect(size.outer, url).toBe(CARD_FALLBACK_HEIGHT);
      // The whole card, its link to the full text included, shows without scrolling inside or sideways.
      expectNoInnerScrollbar(size);
      const link = await frame.locator('.embed-card__more a').evaluate((a) => a.getBoundingClientRect().bottom <= innerHeight);
      expect(link, url).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await closeContext(context);
    }
  });

  it('keeps every card within WordPress’s 1000 px on a phone, and within the fallback height where no script runs', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // WordPress on a 390 px phone: the post's body and figure margins leave the frame 294 px; HTML
    // inserted as it is (body margins only) leaves 374 px. All cards load at once, side by side.
    for (const [width, limit] of [[294, 1000], [374, CARD_FALLBACK_HEIGHT]] as const) {
      const frames = embeddable.map((url) => `<iframe src="${baseUrl}${embedCardPath(url)}" title="${url}" width="${width}" height="100"></iframe>`);
      // The host page's load waits for every frame's: on a busy machine a frame may not have started its
      // navigation by DOMContentLoaded, and would be missed.
      await page.goto(hostPage(`cards-${width}.html`, frames.join('')), { waitUntil: 'load', timeout: 180_000 });
      for (const frame of page.frames().filter((f) => f.url().includes('/card/'))) {
        const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        expect(height, `${frame.url()} at ${width} px`).toBeLessThanOrEqual(limit);
      }
      expect(page.frames().filter((f) => f.url().includes('/card/'))).toHaveLength(embeddable.length);
    }
    await context.close();
  }, 480_000);

  it('follows the theme parameter of the snippet over the reader’s system preference', async () => {
    const background = async (colorScheme: 'light' | 'dark', query: string) => {
      const context = await hostContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${SITE}${embedPath(speech)}${query}`);
      await page.waitForLoadState('load');
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await closeContext(context);
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
      await page.click('[data-embed-link]');
      await page.click('[data-embed-copy]');
      await expect.poll(() => page.textContent('[data-embed-status]')).toBe(said);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippetOf(url));
      await context.close();
    }
  });

  for (const path of ['/embed/ru/speech/economy/', '/embed/kk/programmes/qoldau/', '/embed/kk/card/speech/economy/', '/embed/ru/card/programmes/qoldau/', '/kk/embed/', '/ru/embed/']) {
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

  it('has no WCAG 2.2 AA violation on an embed code page, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${embedCodePath('/kk/speech/state/')}`);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it('shows a live, self-sizing example on the webmasters’ page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/embed/`);
    const id = await page.locator('.embed-docs__frame').getAttribute('id');
    const size = await sizedFrame(page, `#${id!}`);
    expect(size.outer).not.toBe(600);
    expectNoInnerScrollbar(size);
    await context.close();
  });
});
