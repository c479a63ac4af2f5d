// A throwaway copy of the project for builds that change content on purpose (the bad-content tests,
// the scale benchmark), sharing this checkout's node_modules so nothing is installed again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/**
 * Copies what a build reads into a new temporary folder and returns its path.
 * @example const dir = copyProject(process.cwd(), 'joldau-bad-')
 */
export function copyProject(root, prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * Runs the full build (`scripts/build.mjs`) in a copy, with the project's own Node tools first on PATH.
 * @example const { status, stdout } = buildCopy(dir, process.cwd())
 */
export function buildCopy(dir, root) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
