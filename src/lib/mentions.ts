/** What to look for: a programme and the exact strings that name it in one language. */
export interface MentionPattern {
  slug: string;
  match: readonly string[];
}

/** One programme named at one place of a text. */
export interface Mention {
  slug: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds where each programme is first named in a text. A name counts only where it starts a word;
 * letters may follow it, because Kazakh adds suffixes to names («Qoldaý»-дың, Дамуға). When two names
 * overlap, the longer wins. Results are sorted by position and never overlap.
 * @example findFirstMentions('центр «Qoldaý» и «Qoldaý»', [{ slug: 'qoldau', match: ['Qoldaý'] }])
 * // [{ slug: 'qoldau', start: 8, end: 14 }]
 */
export function findFirstMentions(text: string, patterns: readonly MentionPattern[]): Mention[] {
  const candidates: Mention[] = [];
  for (const { slug, match } of patterns) {
    for (const needle of match) {
      let from = 0;
      for (;;) {
        const start = text.indexOf(needle, from);
        if (start < 0) break;
        from = start + 1;
        if (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) continue;
        candidates.push({ slug, start, end: start + needle.length });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Mention[] = [];
  const seen = new Set<string>();
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd || seen.has(c.slug)) continue;
    chosen.push(c);
    seen.add(c.slug);
    lastEnd = c.end;
  }
  return chosen;
}
