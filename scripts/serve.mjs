// `npm start` / `npm run serve`: serves the built site on http://localhost:4321.
import { existsSync } from 'node:fs';
import { serve } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing or incomplete: run "npm run build" first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { port: actual } = await serve({ root: 'dist', port });
console.log(`Joldau is being served at http://localhost:${actual}/ (Ctrl+C to stop)`);
