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

/** Finds programme names in texts; made once per set of names, then used for every paragraph. */
export interface MentionMatcher {
  /** First mention of each programme in the text, skipping programmes in `exclude`. */
  find(text: string, exclude?: ReadonlySet<string>): Mention[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Programmes whose name ends here. */
  slugs: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Builds a matcher for many names at once. Names sit in a character trie, so the cost of a text grows
 * with its length, not with the number of programmes (a site with thousands of programmes stays linear).
 * A name counts only where it starts a word; letters may follow it, because Kazakh adds suffixes to
 * names («Qoldaý»-дың, Дамуға). Where two names overlap, the longer wins; each programme is reported at
 * its first mention only, and mentions never overlap.
 * @example createMentionMatcher([{ slug: 'qoldau', match: ['Qoldaý'] }]).find('центр «Qoldaý» и «Qoldaý»')
 * // [{ slug: 'qoldau', start: 7, end: 13 }]
 */
export function createMentionMatcher(patterns: readonly MentionPattern[]): MentionMatcher {
  const root: TrieNode = { next: new Map(), slugs: [] };
  for (const { slug, match } of patterns) {
    for (const needle of match) {
      let node = root;
      // By UTF-16 unit, as the texts are walked below.
      for (const char of needle.split('')) {
        let child = node.next.get(char);
        if (!child) {
          child = { next: new Map(), slugs: [] };
          node.next.set(char, child);
        }
        node = child;
      }
      if (!node.slugs.includes(slug)) node.slugs.push(slug);
    }
  }
  return {
    find(text, exclude) {
      const found: Mention[] = [];
      const seen = new Set<string>(exclude);
      let lastEnd = 0;
      for (let start = 0; start < text.length; start += 1) {
        if (start < lastEnd || (start > 0 && WORD_CHAR.test(text[start - 1]!))) continue;
        // Walk the trie from here, remembering every name that ends on the way; try the longest first.
        const ends: Array<{ end: number; slugs: string[] }> = [];
        let node: TrieNode | undefined = root;
        for (let i = start; node && i < text.length; i += 1) {
          node = node.next.get(text[i]!);
          if (node?.slugs.length) ends.push({ end: i + 1, slugs: node.slugs });
        }
        for (const { end, slugs } of ends.reverse()) {
          const slug = slugs.find((s) => !seen.has(s));
          if (!slug) continue;
          found.push({ slug, start, end });
          seen.add(slug);
          lastEnd = end;
          break;
        }
      }
      return found;
    },
  };
}

/**
 * First mention of each programme in one text; for many texts, make one matcher and reuse it.
 * @example findFirstMentions('центр «Qoldaý» и «Qoldaý»', [{ slug: 'qoldau', match: ['Qoldaý'] }])
 * // [{ slug: 'qoldau', start: 7, end: 13 }]
 */
export function findFirstMentions(text: string, patterns: readonly MentionPattern[]): Mention[] {
  return createMentionMatcher(patterns).find(text);
}
