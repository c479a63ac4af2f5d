// Putting together the results of the several searches one query makes (see search-query.ts).

/** A page found by one search: Pagefind's result id, score and matched word positions. */
export interface Hit {
  id: string;
  score: number;
  words: readonly number[];
}

/** The hits of one search, and the weight of the spelling it searched. */
export interface HitList<T extends Hit = Hit> {
  weight: number;
  hits: readonly T[];
}

/** A page found by one or more searches: its best weighted score and every matched position. */
export interface MergedHit<T extends Hit = Hit> {
  hit: T;
  score: number;
  words: number[];
  /** How many of the searches found the page (for pages found word by word: how many words). */
  matchedBy: number;
}

function byRank<T extends Hit>(a: MergedHit<T>, b: MergedHit<T>): number {
  return b.matchedBy - a.matchedBy || b.score - a.score;
}

/**
 * One list of pages from the searches of a query's spellings: each page once, with the best weighted
 * score any spelling gave it and the positions all of them matched, best first.
 * @example mergeHits([{ weight: 1, hits: [{ id: 'a', score: 2, words: [3] }] }, { weight: 0.5, hits: [{ id: 'a', score: 6, words: [9] }] }])
 * // [{ hit: { id: 'a', … }, score: 3, words: [3, 9], matchedBy: 1 }]
 */
export function mergeHits<T extends Hit>(lists: ReadonlyArray<HitList<T>>): Array<MergedHit<T>> {
  const merged = new Map<string, MergedHit<T>>();
  for (const { weight, hits } of lists) {
    for (const hit of hits) {
      const score = hit.score * weight;
      const seen = merged.get(hit.id);
      if (!seen) {
        merged.set(hit.id, { hit, score, words: [...hit.words], matchedBy: 1 });
        continue;
      }
      if (score > seen.score) Object.assign(seen, { hit, score });
      seen.words = [...new Set([...seen.words, ...hit.words])].sort((x, y) => x - y);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * When no page has every word of a query: pages that have some of them, those with the most words
 * first, then by the sum of their scores.
 * @example anyWordHits([[{ hit: a, score: 1, words: [], matchedBy: 1 }], [{ hit: a, …}, { hit: b, … }]])[0].hit // a
 */
export function anyWordHits<T extends Hit>(perWord: ReadonlyArray<ReadonlyArray<MergedHit<T>>>): Array<MergedHit<T>> {
  const combined = new Map<string, MergedHit<T>>();
  for (const hits of perWord) {
    for (const m of hits) {
      const seen = combined.get(m.hit.id);
      if (!seen) {
        combined.set(m.hit.id, { ...m, words: [...m.words], matchedBy: 1 });
        continue;
      }
      seen.score += m.score;
      seen.matchedBy += 1;
      seen.words = [...new Set([...seen.words, ...m.words])].sort((x, y) => x - y);
    }
  }
  return [...combined.values()].sort(byRank);
}

/**
 * Moves the pages whose name the query spells exactly (a programme's name or alias) to the top, in
 * their current order.
 * @example pinFirst(hits, (h) => h.hit.id === 'qoldau')
 */
export function pinFirst<T>(hits: readonly T[], isExactName: (hit: T) => boolean): T[] {
  return [...hits.filter(isExactName), ...hits.filter((h) => !isExactName(h))];
}
