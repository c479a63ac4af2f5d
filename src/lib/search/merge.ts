// Putting together the results of the several searches one query makes (see query.ts).

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
  /** How many words of the query the page has, when pages are found word by word (anyWordHits); else 1. */
  matchedBy: number;
}

const union = (a: readonly number[], b: readonly number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

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
      seen.words = union(seen.words, hit.words);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/**
 * When no page has every word of a query: pages that have some of them, those with the most words
 * first, then by the sum of their scores. Each word's scores count relative to its best page and by
 * how rare the word is (found on fewer pages), so that a word found nearly everywhere («помощь») does
 * not outweigh the one the query is about («многодетным»).
 * @example anyWordHits([mergeHits([{ weight: 1, hits: [a, b] }]), mergeHits([{ weight: 1, hits: [a] }])])[0].hit // a
 */
export function anyWordHits<T extends Hit>(perWord: ReadonlyArray<ReadonlyArray<MergedHit<T>>>): Array<MergedHit<T>> {
  const combined = new Map<string, MergedHit<T>>();
  const mostPages = Math.max(1, ...perWord.map((hits) => hits.length));
  for (const hits of perWord) {
    const best = Math.max(...hits.map((m) => m.score)) || 1;
    const rarity = Math.log(1 + mostPages / Math.max(1, hits.length));
    for (const found of hits) {
      const m = { ...found, score: (found.score / best) * rarity };
      const seen = combined.get(m.hit.id);
      if (!seen) {
        combined.set(m.hit.id, { ...m, words: [...m.words], matchedBy: 1 });
        continue;
      }
      seen.score += m.score;
      seen.matchedBy += 1;
      seen.words = union(seen.words, m.words);
    }
  }
  return [...combined.values()].sort((a, b) => b.matchedBy - a.matchedBy || b.score - a.score);
}
