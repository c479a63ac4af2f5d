// The one message an embed view sends to the page that frames it. Shared by the embed view's script and
// the host script /embed.js, so that both sides always speak the same protocol.

/** Namespaced, so that other scripts' messages on the host page can never be mistaken for ours. */
export const HEIGHT_MESSAGE = 'joldau:height';

/** Taller than any page of the site will ever be; anything above is not a height we sent. */
const MAX_HEIGHT = 200_000;

/** The content height of the frame with the given id, in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string;
  height: number;
}

/**
 * The message an embed view posts to its parent.
 * @example heightMessage('joldau-ru-speech-economy', 4210) // { type: 'joldau:height', id: 'joldau-ru-speech-economy', height: 4210 }
 */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height };
}

/**
 * Whether posted data is a well-formed height message; anything else on the host page is ignored.
 * @example isHeightMessage({ type: 'joldau:height', id: 'joldau-ru-speech', height: 900 }) // true
 */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE &&
    typeof id === 'string' &&
    id !== '' &&
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height > 0 &&
    height <= MAX_HEIGHT
  );
}

/** What /embed.js asks every frame of ours when it starts, however late: "send your height now". */
export const MEASURE_REQUEST = 'joldau:measure';

/**
 * The request /embed.js posts to each of our frames on start; a frame that loaded earlier answers with
 * a height message, so nothing depends on which of the two loads first.
 * @example measureRequest() // { type: 'joldau:measure' }
 */
export function measureRequest(): { type: typeof MEASURE_REQUEST } {
  return { type: MEASURE_REQUEST };
}

/**
 * Whether posted data is the host script's request for a height.
 * @example isMeasureRequest({ type: 'joldau:measure' }) // true
 */
export function isMeasureRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === MEASURE_REQUEST;
}

// WordPress's embed protocol (wp-includes/js/wp-embed.js). WordPress adds `#?secret=…` to the address of
// every frame it embeds from oEmbed and listens for `{ message, value, secret }` from the frame that
// carries that secret in `data-secret`: 'height' sizes the frame (clamped to 200–1000 px), 'link' opens
// a URL of the frame's own host in the top window. It posts `{ message: 'ready', secret }` to each frame
// once it has loaded.

/** A message to WordPress's wp-embed.js. */
export interface WordpressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/**
 * The secret WordPress put in a frame's address, if any; wp-embed.js accepts letters and digits only.
 * @example wordpressSecret('#?secret=Ab3dE5gH9k') // 'Ab3dE5gH9k'
 */
export function wordpressSecret(hash: string): string | undefined {
  return /^#\?secret=([a-zA-Z0-9]{1,64})$/.exec(hash)?.[1];
}

/**
 * A height or link message for WordPress, carrying the frame's secret.
 * @example wordpressMessage('height', 640, 'Ab3dE5gH9k') // { message: 'height', value: 640, secret: 'Ab3dE5gH9k' }
 */
export function wordpressMessage(message: WordpressMessage['message'], value: number | string, secret: string): WordpressMessage {
  return { message, value, secret };
}

/**
 * Whether posted data is WordPress's "ready" for this frame's secret (it then wants the height again).
 * @example isWordpressReady({ message: 'ready', secret: 'Ab3dE5gH9k' }, 'Ab3dE5gH9k') // true
 */
export function isWordpressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: sent } = data as Record<string, unknown>;
  return message === 'ready' && sent === secret;
}
