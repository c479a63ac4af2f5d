// `npm run edit`: the content editor on this machine. Builds the site, serves it on
// http://localhost:4321/ with the editor at /admin/, and starts the editor's local backend (decap-server,
// http://localhost:8081), which writes every save into this working tree's content/ files. After each
// save the site is built again, so the pages show the change and the terminal shows any content error.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 4321);
const BACKEND_PORT = 8081;
const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');

/** Runs the full build; resolves with its exit status. */
function build() {
  return new Promise((resolve) => spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).once('exit', resolve));
}

// The local backend stops with this command, however it is stopped.
const children = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(0);
  });
}

if ((await build()) !== 0) console.error('\nThe site did not build: fix the content errors above; it is built again after each save.\n');
children.push(spawn(process.execPath, [decapServer], { env: { ...process.env, PORT: String(BACKEND_PORT), GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs' }, stdio: 'inherit' }));
await serve({ root: 'dist', port: PORT });
console.log(`\nEditor: http://localhost:${PORT}/admin/  (site: http://localhost:${PORT}/ru/ · http://localhost:${PORT}/kk/; Ctrl+C to stop)\n`);

// Saves come in bursts (a programme writes its kk and ru files): build once they settle, one build at a time.
let timer;
let building = false;
let again = false;
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  console.log('\nContent changed: building the site again…');
  const status = await build();
  console.log(status === 0 ? `Site rebuilt: reload http://localhost:${PORT}/ to see the change.` : 'The site did not build: fix the content errors above and save again.');
  building = false;
  if (again) {
    again = false;
    void rebuild();
  }
}
watch('content', { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(rebuild, 1000);
});
