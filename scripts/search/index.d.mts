export function withSearchTerms(html: string): string | undefined;
export function buildSearchIndex(dist: string): Promise<string>;
