import { SITE_URL } from '../build/site-url';
import { useTranslations } from '../i18n';
import { embedCardSnippet, embedSnippet, oembedResponse, type EmbeddablePage, type OembedResponse } from '../lib/embed/views';

/**
 * The title of a page's embed frame: the iframe's `title` in the snippet and the embed view's `<title>`.
 * @example embedFrameTitle({ lang: 'ru', path: '/ru/speech/', title: 'Выступление' }) // 'Выступление — Joldau'
 */
export function embedFrameTitle(page: EmbeddablePage): string {
  return useTranslations(page.lang)('embed.iframe_title', { title: page.title });
}

/**
 * The snippet of a page, with the site's public address: the same text on the page and in its oEmbed answer.
 * @example embedCode({ lang: 'kk', path: '/kk/programmes/qoldau/', title: 'Qoldaý' }).startsWith('<iframe') // true
 */
export function embedCode(page: EmbeddablePage): string {
  return embedSnippet(SITE_URL, page.path, embedFrameTitle(page));
}

/**
 * The static oEmbed answer of a page: its card, which fits the frame heights CMSs allow (WordPress: 1000 px).
 * @example oembedOf({ lang: 'ru', path: '/ru/speech/', title: 'Выступление' }).provider_name // 'Joldau'
 */
export function oembedOf(page: EmbeddablePage): OembedResponse {
  const t = useTranslations(page.lang);
  const html = embedCardSnippet(SITE_URL, page.path, embedFrameTitle(page));
  return oembedResponse({ title: page.title, providerName: t('site.name'), site: SITE_URL, html });
}
