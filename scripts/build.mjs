// `npm run build`: the whole site in dist/, search index and checks included. Any failing step removes
// dist/, so a broken build never leaves a half-built site behind to be deployed by mistake.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { postbuildSteps } from './postbuild.mjs';

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

function fail(message) {
  rmSync('dist', { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\ndist/ was removed; nothing half-built is left.`);
  process.exit(1);
}

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
const astroStarted = performance.now();
const astro = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('see the message above (astro build).');
console.log(`astro build: ${seconds(astroStarted)} s`);

for (const [name, step] of postbuildSteps) {
  try {
    const stepStarted = performance.now();
    const summary = await step('dist');
    console.log(`postbuild ${name}: ${summary} (${seconds(stepStarted)} s)`);
  } catch (error) {
    fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`Build complete in ${seconds(started)} s.`);
