import type { Page } from 'playwright-core';
export function submitQuery(page: Page, query: string): Promise<{ ms: number; state: string; links: string[]; files: string[] }>;
