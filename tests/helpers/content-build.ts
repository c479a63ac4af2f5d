import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCopy, copyProject } from '../../scripts/project-copy.mjs';

const ROOT = process.cwd();

/** A throwaway copy of the project, built after one change to its content. */
export interface ContentBuild {
  status: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
  dir: string;
}

/**
 * Copies the project, changes its content, runs the real build (`scripts/build.mjs`) in the copy and
 * records the folder in `workdirs` so that the test can remove it afterwards.
 * @example const { status, output } = buildWith((dir) => edit(dir, 'content/commitments.yaml', fix), workdirs)
 */
export function buildWith(change: (dir: string) => void, workdirs: string[]): ContentBuild {
  const dir = copyProject(ROOT, 'joldau-content-');
  workdirs.push(dir);
  change(dir);
  const result = buildCopy(dir, ROOT);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dir };
}

/**
 * Changes one file of a copy; throws if the change did not apply, so a test never passes on a no-op.
 * @example edit(dir, 'content/speech/ru/state.mdx', (t) => t.replace('priority: 1', 'priority: "one"'))
 */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change did not apply to ${file}`);
  writeFileSync(full, after);
}

/**
 * Removes the copies a test made.
 * @example afterAll(() => removeCopies(workdirs))
 */
export function removeCopies(workdirs: string[]): void {
  for (const dir of workdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
