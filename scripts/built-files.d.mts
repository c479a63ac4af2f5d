export function builtFile(dist: string, url: string): string;
export function htmlPages(dist: string): Array<{ url: string; file: string }>;
