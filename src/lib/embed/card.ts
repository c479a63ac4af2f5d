// The embed card: what oEmbed consumers (WordPress first) show of a page. WordPress caps a frame at
// 1000 px, so a card is short by construction: title, summary, a few figures or the opening words, and
// the way to the full text. Every embeddable page gets one from its data alone.

/** A key figure of a card: the number (with its unit) and what it counts, citing its paragraph. */
export interface CardFigure {
  value: string;
  label: string;
  /** Id of the speech paragraph that states the figure (`economy-8`); the card links to it. */
  paragraph?: string;
}

/** What a card shows under the page's title. */
export interface EmbedCardContent {
  summary: string;
  /** At most {@link CARD_FIGURES} figures; when there are none, `excerpt` stands in their place. */
  figures: CardFigure[];
  excerpt?: string;
}

/** More figures would push a card past WordPress's 1000 px on a phone. */
export const CARD_FIGURES = 3;

/** The opening words of a page's first paragraph, cut at a word; the card links to the rest. */
const EXCERPT_LENGTH = 280;

/**
 * A text cut to at most `max` characters at a word boundary, marked with an ellipsis when cut.
 * @example shortenText('Аким Алматы провел заседание', 16) // 'Аким Алматы…'
 */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A card from whatever a page has: its first figures if it has any, else the opening of its first paragraph.
 * @example embedCard({ summary: 'Центр', figures: [], paragraphs: ['Первый абзац.'] }) // { summary: 'Центр', figures: [], excerpt: 'Первый абзац.' }
 */
export function embedCard(source: { summary: string; figures: readonly CardFigure[]; paragraphs: readonly string[] }): EmbedCardContent {
  const figures = source.figures.slice(0, CARD_FIGURES);
  const first = source.paragraphs.find((p) => p.trim() !== '');
  if (figures.length > 0 || first === undefined) return { summary: source.summary, figures };
  return { summary: source.summary, figures, excerpt: shortenText(first, EXCERPT_LENGTH) };
}
