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
