export function findSiteProblems(dist: string, site: string): { pages: number; problems: string[] };
export function checkSite(dist: string): Promise<string>;
export function sourceOf(url: string): string | undefined;
