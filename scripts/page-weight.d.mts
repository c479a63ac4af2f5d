export interface Sizes { raw: number; brotli: number; gzip: number }
export interface PageWeight {
  url: string;
  resources: Array<Sizes & { kind: string; url: string }>;
  byKind: Record<string, Sizes & { count: number }>;
  total: Sizes;
  /** Raw bytes of the CSS in the page's <style> elements (part of its HTML). */
  inlineCss: number;
  requests: number;
}
export interface Budget { templates: Record<string, { match: string; totalCompressed: number; jsCompressed: number; totalGzip?: number }> }
export function pageWeight(dist: string, url: string): PageWeight;
export function templateOf(budget: Budget, url: string): [string, Budget['templates'][string]] | undefined;
