import { scaleLinear } from 'd3-scale';

/** One part of a stacked bar: what it counts and how many. */
export interface StackPart<K extends string = string> {
  key: K;
  value: number;
}

/** One stacked bar: its label (above the bar) and its parts, left to right. */
export interface StackRow<K extends string = string> {
  label: string;
  parts: StackPart<K>[];
}

/** A row laid out: vertical positions in pixels, horizontal in percent of the chart's width. */
export interface PlacedStackRow<K extends string = string> {
  label: string;
  total: number;
  labelY: number;
  barY: number;
  /** Where the total is written, after the bar. */
  endPercent: number;
  parts: Array<StackPart<K> & { xPercent: number; widthPercent: number }>;
}

const LABEL = 20;
const BAR = 22;
const GAP = 14;
// The longest bar stops short of the edge, to leave room for its total.
const LONGEST_BAR_PERCENT = 88;

/**
 * Lays out horizontal stacked bars on one scale, so the bars of rows with more items are longer; parts
 * of zero take no room.
 * @example layoutStackedBars([{ label: 'a', parts: [{ key: 'x', value: 1 }, { key: 'y', value: 3 }] }]).rows[0]?.parts[1]?.xPercent // 22
 */
export function layoutStackedBars<K extends string>(rows: StackRow<K>[]): { rows: PlacedStackRow<K>[]; height: number; barHeight: number } {
  const totals = rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .range([0, LONGEST_BAR_PERCENT]);
  const step = LABEL + BAR + GAP;
  const placed = rows.map((row, i) => {
    let start = 0;
    const parts = row.parts
      .filter((part) => part.value > 0)
      .map((part) => {
        const placedPart = { ...part, xPercent: x(start), widthPercent: x(part.value) };
        start += part.value;
        return placedPart;
      });
    return { label: row.label, total: totals[i]!, labelY: i * step, barY: i * step + LABEL, endPercent: x(totals[i]!), parts };
  });
  return { rows: placed, height: rows.length * step, barHeight: BAR };
}
