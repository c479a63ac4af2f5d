import type { Lang } from '../languages';
import { absoluteUrl } from '../paths';

/** A reading page that has an embed view: the full page's path, its language and its title. */
export interface EmbeddablePage {
  lang: Lang;
  /** Path of the full page, e.g. `/ru/speech/economy/`. */
  path: string;
  title: string;
}

/** Height of the iframe before /embed.js sizes it, or for good without it: readable, scrolling inside. */
export const EMBED_FALLBACK_HEIGHT = 600;

/** Width of a card's iframe: the oEmbed answer's `width` and the iframe's `width` attribute, which CMSs keep. */
export const CARD_WIDTH = 640;

/**
 * Height of a card's iframe before a script sizes it, or for good where none runs (oEmbed HTML inserted
 * with `innerHTML`): every card fits it on a 390 px phone (tests/embed.test.ts measures them). Keep
 * width/height away from the block editor's aspect ratios (16:9, 4:3, 1:1…, within 0.1): WordPress
 * would give the frame a fixed ratio in themes with responsive embeds.
 */
export const CARD_FALLBACK_HEIGHT = 760;

/**
 * The embed view of a full page.
 * @example embedPath('/ru/speech/economy/') // '/embed/ru/speech/economy/'
 */
export function embedPath(pagePath: string): string {
  return `/embed${pagePath}`;
}

/**
 * The embed card of a full page: `/card` after the language, so it stays under `/embed/{lang}/`.
 * @example embedCardPath('/ru/speech/economy/') // '/embed/ru/card/speech/economy/'
 */
export function embedCardPath(pagePath: string): string {
  return `/embed${pagePath.replace(/^\/([^/]+)\//, '/$1/card/')}`;
}

/**
 * The full page of a path on the site: embed views and cards map back to the page they show, others stay.
 * @example fullPagePath('/embed/kk/card/programmes/qoldau/') // '/kk/programmes/qoldau/'
 */
export function fullPagePath(pathname: string): string {
  return pathname.replace(/^\/embed\/([^/]+)\/card\//, '/embed/$1/').replace(/^\/embed(?=\/)/, '');
}

/**
 * Where the static oEmbed answer for a full page lives.
 * @example oembedPath('/ru/speech/') // '/oembed/ru/speech.json'
 */
export function oembedPath(pagePath: string): string {
  return `/oembed${pagePath.replace(/\/$/, '')}.json`;
}

/**
 * The id of a page's iframe in the snippet; /embed.js finds the frame to resize by it.
 * @example embedFrameId('/ru/speech/economy/') // 'joldau-ru-speech-economy'
 */
export function embedFrameId(pagePath: string): string {
  return ['joldau', ...pagePath.split('/').filter(Boolean)].join('-');
}

/**
 * The absolute address of a page's embed view, carrying the iframe's id for the height messages.
 * @example embedSrc('https://joldau.kz', '/ru/speech/') // 'https://joldau.kz/embed/ru/speech/?id=joldau-ru-speech'
 */
export function embedSrc(site: string, pagePath: string): string {
  return absoluteUrl(site, `${embedPath(pagePath)}?id=${embedFrameId(pagePath)}`);
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The id of a page's card iframe, distinct from its full view's so that both can share a host page.
 * @example embedCardFrameId('/ru/speech/economy/') // 'joldau-ru-speech-economy-card'
 */
export function embedCardFrameId(pagePath: string): string {
  return `${embedFrameId(pagePath)}-card`;
}

/**
 * The absolute address of a page's embed card, carrying its iframe's id.
 * @example embedCardSrc('https://joldau.kz', '/ru/speech/') // 'https://joldau.kz/embed/ru/card/speech/?id=joldau-ru-speech-card'
 */
export function embedCardSrc(site: string, pagePath: string): string {
  return absoluteUrl(site, `${embedCardPath(pagePath)}?id=${embedCardFrameId(pagePath)}`);
}

// The iframe and the host script that sizes it. The inline style makes the frame fluid where the HTML
// is kept as it is; CMSs that strip it (WordPress) keep `width` and `height`.
function frameSnippet(site: string, frame: { id: string; src: string; title: string; height: number; width?: number }): string {
  const width = frame.width === undefined ? '' : ` width="${frame.width}"`;
  const maxWidth = frame.width === undefined ? '' : `;max-width:${frame.width}px`;
  const iframe = `<iframe id="${frame.id}" src="${attribute(frame.src)}" title="${attribute(frame.title)}" loading="lazy"${width} height="${frame.height}" style="display:block;width:100%${maxWidth};border:0"></iframe>`;
  return `${iframe}\n<script src="${attribute(absoluteUrl(site, '/embed.js'))}" async></script>`;
}

/**
 * The HTML a webmaster pastes: the iframe of the embed view (its id also in its URL, for the height
 * messages) and the host script that sizes it. `frameTitle` names the frame for screen readers.
 * @example embedSnippet('https://joldau.kz', '/ru/speech/', 'Выступление — Joldau')
 * // '<iframe id="joldau-ru-speech" src="https://joldau.kz/embed/ru/speech/?id=joldau-ru-speech" …></iframe>\n<script …></script>'
 */
export function embedSnippet(site: string, pagePath: string, frameTitle: string): string {
  return frameSnippet(site, { id: embedFrameId(pagePath), src: embedSrc(site, pagePath), title: frameTitle, height: EMBED_FALLBACK_HEIGHT });
}

/**
 * The HTML of a page's oEmbed answer: the iframe of its card, at the card's width and fallback height,
 * and the host script.
 * @example embedCardSnippet('https://joldau.kz', '/ru/speech/', 'Выступление — Joldau')
 * // '<iframe id="joldau-ru-speech-card" src="https://joldau.kz/embed/ru/card/speech/?id=joldau-ru-speech-card" … width="640" height="760" …></iframe>\n<script …></script>'
 */
export function embedCardSnippet(site: string, pagePath: string, frameTitle: string): string {
  return frameSnippet(site, {
    id: embedCardFrameId(pagePath),
    src: embedCardSrc(site, pagePath),
    title: frameTitle,
    width: CARD_WIDTH,
    height: CARD_FALLBACK_HEIGHT,
  });
}

/** The static oEmbed 1.0 answer of a page (type "rich"). */
export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/**
 * The oEmbed answer for a page: its card's snippet as `html`, at the card frame's own size.
 * @example oembedResponse({ title: 'Экономика', providerName: 'Joldau', site: 'https://joldau.kz', html }).type // 'rich'
 */
export function oembedResponse(options: { title: string; providerName: string; site: string; html: string }): OembedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: absoluteUrl(options.site, '/'),
    html: options.html,
    width: CARD_WIDTH,
    height: CARD_FALLBACK_HEIGHT,
  };
}

/**
 * The page that gives a full page's embed snippet to copy: `/{lang}/embed/` followed by the page's own path.
 * Reading pages link to it rather than carry the snippet, which a reader of the text does not need.
 * @example embedCodePath('/ru/speech/economy/') // '/ru/embed/speech/economy/'
 */
export function embedCodePath(pagePath: string): string {
  return pagePath.replace(/^\/(kk|ru)\//, '/$1/embed/');
}
