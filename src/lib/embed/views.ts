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

/** Width the oEmbed answer suggests; the iframe itself takes the width of its container. */
export const OEMBED_WIDTH = 640;

/**
 * The embed view of a full page.
 * @example embedPath('/ru/speech/economy/') // '/embed/ru/speech/economy/'
 */
export function embedPath(pagePath: string): string {
  return `/embed${pagePath}`;
}

/**
 * The full page of a path on the site: embed views map back to the page they show, others stay.
 * @example fullPagePath('/embed/kk/programmes/qoldau/') // '/kk/programmes/qoldau/'
 */
export function fullPagePath(pathname: string): string {
  return pathname.replace(/^\/embed(?=\/)/, '');
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
 * The HTML a webmaster pastes: the iframe of the embed view (its id also in its URL, for the height
 * messages) and the host script that sizes it. `frameTitle` names the frame for screen readers.
 * @example embedSnippet('https://joldau.kz', '/ru/speech/', 'Выступление — Joldau')
 * // '<iframe id="joldau-ru-speech" src="https://joldau.kz/embed/ru/speech/?id=joldau-ru-speech" …></iframe>\n<script …></script>'
 */
export function embedSnippet(site: string, pagePath: string, frameTitle: string): string {
  const frame = `<iframe id="${embedFrameId(pagePath)}" src="${attribute(embedSrc(site, pagePath))}" title="${attribute(frameTitle)}" loading="lazy" height="${EMBED_FALLBACK_HEIGHT}" style="display:block;width:100%;border:0"></iframe>`;
  return `${frame}\n<script src="${attribute(absoluteUrl(site, '/embed.js'))}" async></script>`;
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
 * The oEmbed answer for a page: its snippet as `html`, at the snippet's own size.
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
    width: OEMBED_WIDTH,
    height: EMBED_FALLBACK_HEIGHT,
  };
}
