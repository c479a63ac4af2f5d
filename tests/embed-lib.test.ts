import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { embedFrameId, embedPath, embedSnippet, fullPagePath, oembedPath, oembedResponse } from '../src/lib/embed/views';
import { embedHtml } from '../src/lib/embed/html';
import { heightMessage, isHeightMessage } from '../src/lib/embed/protocol';

const SITE = 'https://joldau.example.kz';

describe('embed addresses', () => {
  it('map a full page to its embed view, oEmbed answer and frame id, and back', () => {
    expect(embedPath('/kk/speech/')).toBe('/embed/kk/speech/');
    expect(fullPagePath('/embed/kk/speech/')).toBe('/kk/speech/');
    expect(fullPagePath('/kk/embed/')).toBe('/kk/embed/');
    expect(fullPagePath('/embedded/')).toBe('/embedded/');
    expect(oembedPath('/ru/programmes/qoldau/')).toBe('/oembed/ru/programmes/qoldau.json');
    expect(embedFrameId('/ru/programmes/almaty-business-2025/')).toBe('joldau-ru-programmes-almaty-business-2025');
  });
});

describe('the snippet', () => {
  it('is an iframe of the embed view, named in its URL, and the host script', () => {
    const { document } = parseHTML(`<body>${embedSnippet(SITE, '/ru/speech/economy/', 'Экономика — Joldau')}</body>`);
    const frame = document.querySelector('iframe')!;
    expect(frame.id).toBe('joldau-ru-speech-economy');
    expect(frame.getAttribute('src')).toBe(`${SITE}/embed/ru/speech/economy/?id=joldau-ru-speech-economy`);
    expect(frame.getAttribute('height')).toBe('600');
    expect(document.querySelector('script')?.getAttribute('src')).toBe(`${SITE}/embed.js`);
  });

  it('escapes a title that contains quotes or markup', () => {
    const { document } = parseHTML(`<body>${embedSnippet(SITE, '/kk/speech/', 'Say "hi" <b>& bye</b>')}</body>`);
    expect(document.querySelector('iframe')?.getAttribute('title')).toBe('Say "hi" <b>& bye</b>');
    expect(document.querySelectorAll('b')).toHaveLength(0);
  });

  it('is the html of the oEmbed answer', () => {
    const html = embedSnippet(SITE, '/kk/speech/', 'Баяндама — Joldau');
    expect(oembedResponse({ title: 'Баяндама', providerName: 'Joldau', site: SITE, html })).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Баяндама',
      provider_name: 'Joldau',
      provider_url: `${SITE}/`,
      html,
      width: 640,
      height: 600,
    });
  });
});

describe('height messages', () => {
  it('accept only the namespaced type with an id and a whole, plausible height', () => {
    expect(isHeightMessage(heightMessage('joldau-ru-speech', 900))).toBe(true);
    for (const data of [
      null,
      'joldau:height',
      { type: 'height', id: 'joldau-ru-speech', height: 900 },
      { type: 'joldau:height', height: 900 },
      { type: 'joldau:height', id: '', height: 900 },
      { type: 'joldau:height', id: 'joldau-ru-speech', height: '900' },
      { type: 'joldau:height', id: 'joldau-ru-speech', height: 0 },
      { type: 'joldau:height', id: 'joldau-ru-speech', height: 10.5 },
      { type: 'joldau:height', id: 'joldau-ru-speech', height: Infinity },
      { type: 'joldau:height', id: 'joldau-ru-speech', height: 1e9 },
    ]) {
      expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
});

describe('reading HTML made for a frame', () => {
  const page = `${SITE}/ru/speech/economy/`;
  const links = (html: string) =>
    [...parseHTML(`<body>${embedHtml(html, page)}</body>`).document.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]);

  it('sends site links to the full page in the parent window', () => {
    expect(links('<a href="#economy-8">¶</a><a href="/ru/programmes/qoldau/">Qoldaý</a><a href="/embed/kk/speech/economy/">kk</a>')).toEqual([
      [`${SITE}/ru/speech/economy/#economy-8`, '_top', null],
      [`${SITE}/ru/programmes/qoldau/`, '_top', null],
      [`${SITE}/kk/speech/economy/`, '_top', null],
    ]);
  });

  it('opens other sites in a new tab', () => {
    expect(links('<a href="https://egov.kz/">eGov</a>')).toEqual([['https://egov.kz/', '_blank', 'noopener noreferrer']]);
  });

  it('drops search-index attributes and keeps everything else', () => {
    const html = embedHtml('<h1 data-pagefind-meta="title">Экономика</h1><p id="economy-1" class="para" data-pagefind-ignore>Текст</p>', page);
    expect(html).toBe('<h1>Экономика</h1><p id="economy-1" class="para">Текст</p>');
  });
});
