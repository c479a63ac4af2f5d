// `npm run build`: the whole site in dist/, search index and checks included. Any failing step removes
// dist/, so a broken build never leaves a half-built site behind to be deployed by mistake.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { postbuildSteps } from './postbuild.mjs';

function fail(message) {
  rmSync('dist', { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\ndist/ was removed; nothing half-built is left.`);
  process.exit(1);
}

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
const astro = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('see the message above (astro build).');

for (const [name, step] of postbuildSteps) {
  try {
    const summary = await step('dist');
    console.log(`postbuild ${name}: ${summary}`);
  } catch (error) {
    fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`Build complete in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
