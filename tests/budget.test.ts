import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight, templateOf, type Budget } from '../scripts/page-weight.mjs';
import { builtPages, DIST } from './helpers/dist';

const budget = JSON.parse(readFileSync('scripts/performance-budget.json', 'utf8')) as Budget;

describe('every page stays within the performance budget (sizes, brotli-compressed)', () => {
  for (const { url } of builtPages().filter((p) => p.url !== '/404.html')) {
    it(url, () => {
      const [name, limits] = templateOf(budget, url)!;
      const weight = pageWeight(DIST, url);
      expect(weight.total.brotli, `${url} (${name}) in all`).toBeLessThanOrEqual(limits.totalCompressed);
      expect(weight.byKind.js?.brotli ?? 0, `${url} (${name}) JavaScript`).toBeLessThanOrEqual(limits.jsCompressed);
      if (limits.totalGzip) expect(weight.total.gzip, `${url} (${name}) in all, gzip`).toBeLessThanOrEqual(limits.totalGzip);
      expect(weight.resources.every((r) => !/^https?:/.test(r.url))).toBe(true);
    });
  }

  it('weighs what a page really loads (the check can fail)', () => {
    const weight = pageWeight(DIST, '/ru/speech/economy/');
    expect(weight.byKind.html?.count).toBe(1);
    // Its CSS is in the HTML (no stylesheet to wait for), and counted there.
    expect(weight.byKind.css).toBeUndefined();
    expect(weight.inlineCss).toBeGreaterThan(3000);
    expect(weight.total.brotli).toBeGreaterThan(3000);
  });
});
