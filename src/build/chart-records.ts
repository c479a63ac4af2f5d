import { isMap, isSeq } from 'yaml';
import { ContentError } from './content-files';
import { readKeyedRecords } from './yaml-records';

/** One bar of `content/charts.yaml`, with its chart and line for messages. */
export interface ChartBarRecord {
  chart: string;
  line: number;
  paragraph?: unknown;
  value?: unknown;
  label?: Partial<Record<string, unknown>>;
}

export const CHARTS_FILE = 'content/charts.yaml';

/**
 * Every bar of every chart in `content/charts.yaml`, in file order, each with its own line.
 * @example readChartBars(process.cwd()).filter((b) => b.chart === 'housing').length
 */
export function readChartBars(root: string): ChartBarRecord[] {
  const { records, lineOf } = readKeyedRecords(root, CHARTS_FILE, 'sme-support');
  const bars: ChartBarRecord[] = [];
  for (const record of records) {
    const groups = record.node.get('groups');
    if (!isSeq(groups)) throw new ContentError(CHARTS_FILE, record.line, `chart "${record.id}" needs a list of "groups"`);
    for (const group of groups.items) {
      const groupBars = isMap(group) ? group.get('bars') : undefined;
      if (!isSeq(groupBars)) throw new ContentError(CHARTS_FILE, lineOf(group), `each group of chart "${record.id}" needs a list of "bars"`);
      for (const bar of groupBars.items) {
        if (!isMap(bar)) throw new ContentError(CHARTS_FILE, lineOf(bar), `each bar of chart "${record.id}" must be a set of "key: value" lines`);
        bars.push({ ...(bar.toJSON() as Record<string, unknown>), chart: record.id, line: lineOf(bar) });
      }
    }
  }
  return bars;
}
