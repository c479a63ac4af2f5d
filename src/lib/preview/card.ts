// Link preview cards: what a shared link shows in Telegram, WhatsApp or Facebook. A card is plain data;
// `cardMarkup` turns it into the element tree satori lays out (src/build/preview-image.ts renders it).
import type { Lang } from '../languages';

/** Size of every preview image: what Open Graph and Twitter's large card expect. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The font subsets a card's text may need, Latin first (digits, punctuation, Kazakh Latin), then Cyrillic
 * (Russian, ұ і) and extended Cyrillic (ә ғ қ ң ө ү һ).
 */
export const PREVIEW_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * The family name each subset's font file is given, so that a card can list them all as fallbacks.
 * @example PREVIEW_FONT_FAMILY('cyrillic-ext') // 'Preview cyrillic-ext'
 */
export const PREVIEW_FONT_FAMILY = (subset: (typeof PREVIEW_FONT_SUBSETS)[number]): string => `Preview ${subset}`;

/** What a card shows as its key figure: "1 020" "квартир", "построят в 2020 году". */
export interface PreviewFigure {
  value: string;
  unit?: string;
  label: string;
}

/** Everything one preview image shows; all text already in the card's language. */
export interface PreviewCard {
  lang: Lang;
  /** The kind of page, for people reading the card list; the markup does not depend on it. */
  kind: string;
  /** The site's name, always in the top left corner. */
  siteName: string;
  /** A short label above the title: "Приоритет 3", "Бағдарлама". */
  eyebrow?: string;
  title: string;
  /** A line under the title when there is no figure. */
  subtitle?: string;
  figure?: PreviewFigure;
  /** The site's host name, bottom left, so the image says where it comes from. */
  host: string;
}

/** A node of the element tree satori lays out (the shape React elements have). */
export interface MarkupNode {
  type: string;
  props: { style: Record<string, string | number>; children?: string | MarkupNode | MarkupNode[] };
}

const COLORS = { background: '#0b5c8e', text: '#ffffff', soft: '#d6e6f2', accent: '#f5c000' };
const MARGIN_SIDE = 64;
const MARGIN_TOP = 48;
const MARGIN_BOTTOM = 40;
const INNER_WIDTH = PREVIEW_SIZE.width - 2 * MARGIN_SIDE;

const node = (style: MarkupNode['props']['style'], children?: MarkupNode['props']['children']): MarkupNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

// Satori wraps text only in boxes of a known width, so every text box gets one.
const text = (value: string, style: MarkupNode['props']['style']): MarkupNode => ({
  type: 'div',
  props: { style: { width: INNER_WIDTH, ...style }, children: value },
});

/**
 * Font size of a title: as large as its length allows on three to four lines, and never below what a
 * 400 px wide thumbnail still shows legibly (44 px becomes about 15 px).
 * @example titleSize('Пять приоритетов') // 76
 */
export function titleSize(title: string): number {
  if (title.length <= 36) return 76;
  if (title.length <= 70) return 62;
  if (title.length <= 110) return 52;
  return 44;
}

/**
 * The element tree of a card: site name and label on top, the title, then the key figure (or the
 * subtitle), the host name at the bottom. Pure: the same card always gives the same tree, so the tree
 * also serves as the cache key of the rendered image.
 * @example cardMarkup({ lang: 'ru', kind: 'home', siteName: 'Joldau', title: 'Алматы', host: 'joldau.kz' }).props.style.width // 1200
 */
export function cardMarkup(card: PreviewCard): MarkupNode {
  const top = node({ alignItems: 'center', gap: 24, width: INNER_WIDTH }, [
    node({ width: 28, height: 28, borderRadius: 14, backgroundColor: COLORS.accent }),
    node({ fontSize: 40, fontWeight: 700 }, card.siteName),
    ...(card.eyebrow ? [node({ fontSize: 34, color: COLORS.soft }, `· ${card.eyebrow}`)] : []),
  ]);
  const size = titleSize(card.title);
  const title = text(card.title, { fontSize: size, fontWeight: 700, lineHeight: 1.15, lineClamp: card.figure ? 3 : 4 });
  const bottom = card.figure
    ? node({ flexDirection: 'column', gap: 4, borderLeft: `10px solid ${COLORS.accent}`, paddingLeft: 28, width: INNER_WIDTH }, [
        node({ alignItems: 'baseline', gap: 18 }, [
          node({ fontSize: 88, fontWeight: 700, color: COLORS.accent, lineHeight: 1 }, card.figure.value),
          ...(card.figure.unit ? [node({ fontSize: 40, fontWeight: 700 }, card.figure.unit)] : []),
        ]),
        text(card.figure.label, { width: INNER_WIDTH - 38, fontSize: 32, lineHeight: 1.25, color: COLORS.soft, lineClamp: 2 }),
      ])
    : text(card.subtitle ?? '', { fontSize: 34, lineHeight: 1.3, color: COLORS.soft, lineClamp: 3 });
  // Satori sizes boxes without their padding (content-box): the frame fills the image and the card's
  // content sits in a box of its own, inset by margins.
  return node({ width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, backgroundColor: COLORS.background, color: COLORS.text, fontFamily: PREVIEW_FONT_SUBSETS.map(PREVIEW_FONT_FAMILY).join(', ') }, [
    node(
      { flexDirection: 'column', justifyContent: 'space-between', width: INNER_WIDTH, height: PREVIEW_SIZE.height - MARGIN_TOP - MARGIN_BOTTOM, marginLeft: MARGIN_SIDE, marginTop: MARGIN_TOP },
      [
        top,
        node({ flexDirection: 'column', gap: 28, width: INNER_WIDTH }, [title, bottom]),
        node({ justifyContent: 'space-between', alignItems: 'center', width: INNER_WIDTH, fontSize: 26, color: COLORS.soft }, [
          node({}, card.host),
          node({ width: 160, height: 8, backgroundColor: COLORS.accent }),
        ]),
      ],
    ),
  ]);
}

/**
 * The image's alternative text (`og:image:alt`): what the card says, in its order.
 * @example previewAlt({ lang: 'ru', kind: 'programme', siteName: 'Joldau', title: 'Qoldaý', host: 'joldau.kz', figure: { value: '525', label: 'услуг' } }) // 'Joldau: Qoldaý. 525 — услуг'
 */
export function previewAlt(card: PreviewCard): string {
  const figure = card.figure ? ` ${[card.figure.value, card.figure.unit].filter(Boolean).join(' ')} — ${card.figure.label}` : '';
  return `${card.siteName}: ${card.title}.${figure}`;
}

/**
 * Where the preview image of a page is published: one PNG per page under `/og/`, named after its path.
 * @example previewImagePath('/kk/speech/economy/') // '/og/kk/speech/economy.png'
 */
export function previewImagePath(pagePath: string): string {
  const name = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${name || 'index'}.png`;
}
