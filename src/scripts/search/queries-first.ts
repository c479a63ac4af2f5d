// The reader's queries go before the background loading of the index. Pagefind's worker takes requests
// in turn, so a query asked while the rest of the index loads would wait behind all of it; the
// background load instead takes one step at a time, each only when no query is running.
let running = 0;
let waiting: Array<() => void> = [];

/**
 * Runs a query; background steps wait until it, and every other query running, is done.
 * @example const found = await asQuery(() => searchQuery(pf, query))
 */
export async function asQuery<T>(run: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await run();
  } finally {
    running -= 1;
    if (running === 0) {
      const resume = waiting;
      waiting = [];
      for (const go of resume) go();
    }
  }
}

/**
 * Resolves at once when no query is running, else when the last one running is done.
 * @example for (const letter of letters) { await noQueryRunning(); await pf.preload(letter); }
 */
export function noQueryRunning(): Promise<void> {
  return running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
