import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  CARD_FALLBACK_HEIGHT,
  CARD_WIDTH,
  embedCardPath,
  embedCardSnippet,
  embedFrameId,
  embedPath,
  embedSnippet,
  fullPagePath,
  oembedPath,
  oembedResponse,
} from '../src/lib/embed/views';
import { embedHtml } from '../src/lib/embed/html';
import { CARD_FIGURES, embedCard, shortenText } from '../src/lib/embed/card';
import {
  heightMessage,
  isHeightMessage,
  isMeasureRequest,
  isWordpressReady,
  measureRequest,
  wordpressMessage,
  wordpressSecret,
} from '../src/lib/embed/protocol';

const SITE = 'https://joldau.example.kz';

describe('embed addresses', () => {
  it('map a full page to its embed view, oEmbed answer and frame id, and back', () => {
    expect(embedPath('/kk/speech/')).toBe('/embed/kk/speech/');
    expect(fullPagePath('/embed/kk/speech/')).toBe('/kk/speech/');
    expect(fullPagePath('/kk/embed/')).toBe('/kk/embed/');
    expect(fullPagePath('/embedded/')).toBe('/embedded/');
    expect(embedCardPath('/kk/speech/')).toBe('/embed/kk/card/speech/');
    expect(embedCardPath('/ru/programmes/qoldau/')).toBe('/embed/ru/card/programmes/qoldau/');
    expect(fullPagePath('/embed/ru/card/programmes/qoldau/')).toBe('/ru/programmes/qoldau/');
    expect(fullPagePath('/embed/kk/speech/card/')).toBe('/kk/speech/card/');
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

  it('of a card, in the oEmbed answer, states the same width and height as the answer', () => {
    const html = embedCardSnippet(SITE, '/kk/speech/', 'Баяндама — Joldau');
    const frame = parseHTML(`<body>${html}</body>`).document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(`${SITE}/embed/kk/card/speech/?id=joldau-kk-speech-card`);
    expect(frame.id).toBe('joldau-kk-speech-card');
    const answer = oembedResponse({ title: 'Баяндама', providerName: 'Joldau', site: SITE, html });
    expect(answer).toEqual({ version: '1.0', type: 'rich', title: 'Баяндама', provider_name: 'Joldau', provider_url: `${SITE}/`, html, width: CARD_WIDTH, height: CARD_FALLBACK_HEIGHT });
    expect([Number(frame.getAttribute('width')), Number(frame.getAttribute('height'))]).toEqual([answer.width, answer.height]);
    // WordPress's block editor fixes the ratio of frames close to 21:9, 2:1, 16:9, 4:3, 1:1, 9:16 or 1:2.
    for (const ratio of [21 / 9, 2, 16 / 9, 4 / 3, 1, 9 / 16, 1 / 2]) expect(Math.abs(answer.width / answer.height - ratio)).toBeGreaterThan(0.1);
  });
});

describe('embed cards', () => {
  const figure = (n: number) => ({ value: String(n), label: `figure ${n}`, paragraph: `economy-${n}` });

  it('show the first figures, or else the opening of the first paragraph', () => {
    const figures = [1, 2, 3, 4, 5].map(figure);
    expect(embedCard({ summary: 'S', figures, paragraphs: ['P'] })).toEqual({ summary: 'S', figures: figures.slice(0, CARD_FIGURES) });
    expect(embedCard({ summary: 'S', figures: [], paragraphs: ['', 'Первый абзац.', 'Второй.'] })).toEqual({ summary: 'S', figures: [], excerpt: 'Первый абзац.' });
    expect(embedCard({ summary: 'S', figures: [], paragraphs: [] })).toEqual({ summary: 'S', figures: [] });
  });

  it('cut long openings at a word, with an ellipsis', () => {
    expect(shortenText('Аким Алматы провел заседание', 16)).toBe('Аким Алматы…');
    expect(shortenText('Аким  Алматы,\nпровел', 13)).toBe('Аким Алматы…');
    expect(shortenText('Коротко.', 16)).toBe('Коротко.');
    expect(embedCard({ summary: 'S', figures: [], paragraphs: ['слово '.repeat(100)] }).excerpt?.length).toBeLessThanOrEqual(281);
  });
});

describe('messages between frames and hosts', () => {
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

  it('let /embed.js ask for the height, and nothing else pass for that request', () => {
    expect(isMeasureRequest(measureRequest())).toBe(true);
    for (const data of [null, 'joldau:measure', { type: 'joldau:height' }, { message: 'ready', secret: 'a' }]) expect(isMeasureRequest(data)).toBe(false);
  });

  it('speak WordPress: the secret from the address, height and link messages, "ready" for this secret only', () => {
    expect(wordpressSecret('#?secret=Ab3dE5gH9k')).toBe('Ab3dE5gH9k');
    for (const hash of ['', '#economy-8', '#?secret=', '#?secret=a"b', '#?secret=abc&x=1', '#x?secret=abc']) expect(wordpressSecret(hash), hash).toBeUndefined();
    expect(wordpressMessage('height', 640, 'Ab3dE5gH9k')).toEqual({ message: 'height', value: 640, secret: 'Ab3dE5gH9k' });
    expect(wordpressMessage('link', `${SITE}/ru/`, 'Ab3dE5gH9k')).toEqual({ message: 'link', value: `${SITE}/ru/`, secret: 'Ab3dE5gH9k' });
    expect(isWordpressReady({ message: 'ready', secret: 'Ab3dE5gH9k' }, 'Ab3dE5gH9k')).toBe(true);
    for (const data of [null, { message: 'ready', secret: 'other' }, { message: 'ready' }, { message: 'height', secret: 'Ab3dE5gH9k' }]) {
      expect(isWordpressReady(data, 'Ab3dE5gH9k'), JSON.stringify(data)).toBe(false);
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
