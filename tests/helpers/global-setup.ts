import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site once for every test file; `npm test` builds it first. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run "npm run build" first ("npm test" does it for you).');
  }
  const server = await serve({ root: 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
