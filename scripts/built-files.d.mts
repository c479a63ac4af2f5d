export function builtFile(dist: string, url: string): string;
export function htmlPages(dist: string): Array<{ url: string; file: string }>;
export function siteFiles(dist: string): Array<{ path: string; file: string }>;
