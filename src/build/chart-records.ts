import { chartSchema } from '@/lib/content-schemas';
import { readKeyedRecords } from './yaml-records';

export const CHARTS_FILE = 'content/charts.yaml';

/**
 * Reads the charts file (records keyed by chart id), each checked against the collection's schema.
 * @example readChartRecords(process.cwd()).map((c) => c.id) // ['sme-support', 'housing']
 */
export function readChartRecords(root: string) {
  return readKeyedRecords(root, CHARTS_FILE, chartSchema);
}
