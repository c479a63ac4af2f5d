import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight, templateOf, type Budget } from '../scripts/page-weight.mjs';
import { builtHtml, builtPages, DIST } from './helpers/dist';

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

// Issue 24: a reader arriving from a shared link sees the page after one response. The CSS is in the
// HTML; scripts are modules (they run after parsing), and nothing is preloaded or downloaded for fonts.
describe('reading pages paint from their HTML alone', () => {
  const reading = builtPages().filter((p) => /^\/(kk|ru)\/(speech\/([a-z]+\/)?|programmes\/[a-z0-9-]+\/|commitments\/[a-z0-9-]+\/)?$/.test(p.url));

  it('covers the homes, the speech, its sections and every programme and commitment page', () => {
    expect(reading.map((p) => p.url)).toEqual(expect.arrayContaining(['/kk/', '/ru/speech/', '/ru/speech/economy/', '/kk/programmes/qoldau/', '/ru/commitments/economy-damu-10bn/']));
  });

  it('have no stylesheet, classic script, preload or web font to wait for', () => {
    const problems: string[] = [];
    for (const { url } of reading) {
      const html = builtHtml(url);
      for (const [link] of html.matchAll(/<link\b[^>]*rel="(stylesheet|preload|modulepreload|preconnect)"[^>]*>/g)) problems.push(`${url}: ${link}`);
      for (const [script] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/type="module"|\basync\b|\bdefer\b|type="application\/(ld\+)?json"/.test(script)) problems.push(`${url}: blocking ${script}`);
      }
      if (/@font-face|@import/.test(html)) problems.push(`${url}: web font or imported stylesheet`);
      if (!/<style>/.test(html.slice(0, html.indexOf('</head>')))) problems.push(`${url}: no CSS in its head`);
    }
    expect(problems).toEqual([]);
  });
});
