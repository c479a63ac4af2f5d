import { scaleBand, scaleLinear } from 'd3-scale';

/** One bar to draw: its label (above the bar) and value (after it). */
export interface BarDatum {
  label: string;
  value: number;
}

/** Bars drawn under one heading; a chart has one group or several. */
export interface BarGroup<B extends BarDatum = BarDatum> {
  title?: string;
  /** A reference shown before the title, such as the paragraph the group comes from. */
  ref?: string;
  bars: B[];
}

/** Where one bar goes: vertical positions in pixels, width in percent of the chart's width. */
export interface PlacedBar<B extends BarDatum = BarDatum> {
  datum: B;
  labelY: number;
  barY: number;
  widthPercent: number;
}

/** A whole chart, ready to draw as SVG. */
export interface BarChartLayout<B extends BarDatum = BarDatum> {
  groups: Array<{ title?: string; ref?: string; titleY?: number; bars: PlacedBar<B>[] }>;
  height: number;
  barHeight: number;
}

// Pixel sizes of the layout. Widths are percentages so the chart reflows with the page while its text
// keeps the page's font size; the longest bar stops short of the edge to leave room for its value.
const TITLE = 30;
const LABEL = 20;
const BAR = 22;
const GAP = 14;
const LONGEST_BAR_PERCENT = 78;

/**
 * Lays out horizontal bar charts: a label above each bar, the value after it. Groups share one scale
 * when their bars have one unit; otherwise each is scaled on its own (small multiples).
 * @example layoutBarChart([{ bars: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }], { sharedScale: true }).groups[0]?.bars[1]?.widthPercent // 78
 */
export function layoutBarChart<B extends BarDatum>(groups: BarGroup<B>[], { sharedScale }: { sharedScale: boolean }): BarChartLayout<B> {
  const maxOf = (bars: B[]) => Math.max(...bars.map((b) => b.value));
  const sharedMax = Math.max(...groups.map((g) => maxOf(g.bars)));
  let y = 0;
  const placed = groups.map((group) => {
    const x = scaleLinear()
      .domain([0, sharedScale ? sharedMax : maxOf(group.bars)])
      .range([0, LONGEST_BAR_PERCENT]);
    const titleY = group.title === undefined ? undefined : y + TITLE / 2;
    if (group.title !== undefined) y += TITLE;
    // One band per bar: its label, the bar, then the gap to the next.
    const step = LABEL + BAR + GAP;
    const rows = scaleBand<number>()
      .domain(group.bars.map((_, i) => i))
      .range([y, y + group.bars.length * step]);
    y += group.bars.length * step;
    return {
      title: group.title,
      ref: group.ref,
      titleY,
      bars: group.bars.map((datum, i) => ({ datum, labelY: rows(i)!, barY: rows(i)! + LABEL, widthPercent: x(datum.value) })),
    };
  });
  return { groups: placed, height: y, barHeight: BAR };
}
