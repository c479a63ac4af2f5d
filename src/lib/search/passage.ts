// Where on a found page the reader should land, and the words to show from there. Built from what
// Pagefind stores for the page: its text as words (positions count words split at spaces), its
// anchors (elements with an id, such as the paragraph «economy-8», with their text) and the positions
// that matched.
import { searchForm } from './fold.ts';
import { isHiddenTerm } from './terms.ts';

/** An element with an id on the page: where its words start and its text (Pagefind's `anchors`). */
export interface Anchor {
  id: string;
  location: number;
  text: string;
}

/** One word of an excerpt; `match` words are highlighted. */
export interface ExcerptWord {
  text: string;
  match: boolean;
}

/** The place to link to on a found page and the excerpt to show for it. */
export interface Passage {
  /** Id of the element the best match is in, or undefined for the page itself. */
  anchor?: string;
  excerpt: ExcerptWord[];
  /** Whether the excerpt starts or ends inside its passage (an ellipsis is due). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Words of excerpt before the first match, and in all. */
const CONTEXT_BEFORE = 8;
const EXCERPT_WORDS = 32;

interface Unit {
  anchor?: string;
  from: number;
  to: number;
}

// The page cut where elements with an id start and end; each piece knows the innermost such element
// it lies in. Text outside them (a programme's prose) makes pieces of its own, linked to the page.
// Pagefind gives an element's own text only when it holds the text itself (a paragraph, a heading);
// for a container of blocks (a table row) it gives none, and the element is taken to run up to the
// next element with an id.
function unitsOf(wordCount: number, anchors: readonly Anchor[]): Unit[] {
  const starts = [...new Set(anchors.map((a) => a.location))].sort((a, b) => a - b);
  const spans = anchors.map((a) => {
    const own = a.text.split(/\s+/).filter(Boolean).length;
    return { id: a.id, from: a.location, to: own > 0 ? a.location + own : (starts.find((s) => s > a.location) ?? wordCount) };
  });
  const cuts = [...new Set([0, wordCount, ...spans.flatMap((s) => [s.from, s.to])])].filter((c) => c <= wordCount).sort((a, b) => a - b);
  const units: Unit[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const inside = spans.filter((s) => s.from <= from && to <= s.to).sort((a, b) => b.from - a.from || a.to - b.to);
    units.push({ anchor: inside[0]?.id, from, to });
  }
  return units;
}

// A match on a hidden index word («~колдау», see terms.ts) shows on the page's own words of the
// same piece that fold to it («Qoldaý»).
function visibleMatches(words: readonly string[], matched: ReadonlySet<number>, unit: Unit): Set<number> {
  const visible = new Set<number>();
  const hidden = new Set<string>();
  for (let i = unit.from; i < unit.to; i += 1) {
    if (!matched.has(i)) continue;
    if (isHiddenTerm(words[i]!)) hidden.add(searchForm(words[i]!));
    else visible.add(i);
  }
  if (hidden.size > 0) {
    for (let i = unit.from; i < unit.to; i += 1) {
      if (!isHiddenTerm(words[i]!) && hidden.has(searchForm(words[i]!))) visible.add(i);
    }
  }
  return visible;
}

/**
 * The passage of a found page that best shows why it was found, and up to EXCERPT_WORDS of its words
 * around the first match, hidden index words left out. The best passage is the piece of the page
 * (the element with an id it lies in, such as a paragraph, or text outside any) whose matched words
 * are the rarest on the page: each different word counts one over the number of pieces it occurs in,
 * so «кредитования» outweighs a «для» found everywhere; the earliest wins a tie. A page matched on its
 * metadata only (a programme's alias) gets its first words and no anchor.
 * @example findPassage('Intro. Qoldaý centre. ~колдау', [{ id: 'economy-8', location: 1, text: 'Qoldaý centre. ~колдау' }], [3]).anchor // 'economy-8'
 */
export function findPassage(content: string, anchors: readonly Anchor[], locations: readonly number[]): Passage {
  const words = content.split(' ');
  const matched = new Set(locations);
  const units = unitsOf(words.length, anchors).map((unit) => {
    const visible = visibleMatches(words, matched, unit);
    return { unit, visible, forms: new Set([...visible].map((i) => searchForm(words[i]!))) };
  });
  const spread = new Map<string, number>();
  for (const { forms } of units) for (const form of forms) spread.set(form, (spread.get(form) ?? 0) + 1);
  const score = (forms: Set<string>) => [...forms].reduce((sum, form) => sum + 1 / spread.get(form)!, 0);
  let best: (typeof units)[number] | undefined;
  for (const candidate of units) {
    if (candidate.forms.size > 0 && (!best || score(candidate.forms) > score(best.forms))) best = candidate;
  }
  const unit = best?.unit ?? { from: 0, to: words.length };
  const shown = [];
  for (let i = unit.from; i < unit.to; i += 1) if (words[i] && !isHiddenTerm(words[i]!)) shown.push(i);
  const first = Math.max(0, best ? shown.findIndex((i) => best.visible.has(i)) : 0);
  const start = Math.max(0, Math.min(first - CONTEXT_BEFORE, shown.length - EXCERPT_WORDS));
  const window = shown.slice(start, start + EXCERPT_WORDS);
  return {
    anchor: best?.unit.anchor,
    excerpt: window.map((i) => ({ text: words[i]!, match: best?.visible.has(i) ?? false })),
    cutStart: start > 0,
    cutEnd: start + EXCERPT_WORDS < shown.length,
  };
}
