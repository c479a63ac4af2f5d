// A worker thread of src/build/preview-image.ts (renderPreviews): renders the cards it is sent into the
// cache, one at a time, and answers each with {} or { error }.
import { parentPort } from 'node:worker_threads';
import { renderPreview, storePreview } from '../src/build/preview-image.ts';

parentPort.on('message', async ({ card, file }) => {
  try {
    storePreview(file, await renderPreview(card));
    parentPort.postMessage({});
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
