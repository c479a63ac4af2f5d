import { parseHTML } from 'linkedom';
import { fullPagePath } from './views';

/**
 * Makes the HTML of a reading page fit its embed view. A framed page must not navigate inside the frame:
 * every link to the site becomes an absolute link to the full page (embed views map back to their full
 * page, `#anchors` to the anchor on the full page) that opens in the parent window; links elsewhere open
 * in a new tab. Search-index attributes go, since embed views are never indexed.
 * @example embedHtml('<a href="#economy-8">¶</a>', 'https://joldau.kz/ru/speech/economy/')
 * // '<a href="https://joldau.kz/ru/speech/economy/#economy-8" target="_top">¶</a>'
 */
export function embedHtml(html: string, pageUrl: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const site = new URL(pageUrl).origin;
  for (const link of document.querySelectorAll('a[href]')) {
    const url = new URL(link.getAttribute('href') ?? '', pageUrl);
    if (url.origin === site) {
      url.pathname = fullPagePath(url.pathname);
      link.setAttribute('href', url.href);
      link.setAttribute('target', '_top');
    } else {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (name.startsWith('data-pagefind-')) element.removeAttribute(name);
    }
  }
  return document.body.innerHTML;
}
