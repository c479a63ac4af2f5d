import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildCopy, copyProject } from '../../scripts/project-copy.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = process.cwd();

/** A built copy of the project with the editor's local backend writing to it. */
export interface EditorCopy {
  dir: string;
  /** The copy's site, at a `localhost` address. */
  baseUrl: string;
  /** Builds the copy again (after the editor changed its content); status and output. */
  rebuild: () => { status: number | null; output: string };
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startBackend(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: dir, MODE: 'fs', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`decap-server did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`decap-server exited (${code}): ${output}`)));
  });
}

/**
 * Copies the project, builds it with the editor pointed at a local backend (decap-server, as `npm run
 * edit` starts it) that writes into the copy, and serves the copy's site.
 * @example const editor = await editorOnCopy(); await page.goto(`${editor.baseUrl}/admin/`)
 */
export async function editorOnCopy(): Promise<EditorCopy> {
  const dir = copyProject(ROOT, 'joldau-editor-');
  const port = await freePort();
  // Every build of the copy points its editor at this copy's backend (a rebuild included).
  const build = () => {
    const previous = process.env.JOLDAU_CMS_LOCAL_URL;
    process.env.JOLDAU_CMS_LOCAL_URL = `http://localhost:${port}/api/v1`;
    try {
      const result = buildCopy(dir, ROOT);
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    } finally {
      if (previous === undefined) delete process.env.JOLDAU_CMS_LOCAL_URL;
      else process.env.JOLDAU_CMS_LOCAL_URL = previous;
    }
  };
  const first = build();
  if (first.status !== 0) throw new Error(`the copy did not build:\n${first.output.slice(-3000)}`);
  const backend = await startBackend(dir, port);
  // The server reads dist/ at each request (its _headers once): a rebuild is served as it is written.
  const site = await serve({ root: path.join(dir, 'dist'), port: 0 });
  return {
    dir,
    baseUrl: `http://localhost:${site.port}`,
    rebuild: build,
    close: async () => {
      backend.kill();
      await site.close();
    },
  };
}
