import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The project must build and pass the tests that read the speech source with nothing beside it: the
// source lives in the repository. A clone of the committed project in an empty folder proves it (only
// node_modules is linked in, so nothing is installed again).
const ROOT = process.cwd();
const outer = mkdtempSync(path.join(tmpdir(), 'joldau-alone-'));
const clone = path.join(outer, 'joldau');
const withProjectNode = { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' };

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: withProjectNode, maxBuffer: 1 << 28 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('a clone of the repository alone builds and passes the tests that read the speech source', () => {
  it('clones into an empty folder', () => {
    const cloned = run('git', ['clone', '--quiet', ROOT, clone], outer);
    expect(cloned.status, cloned.output).toBe(0);
    expect(readdirSync(outer)).toEqual(['joldau']);
    expect(existsSync(path.join(clone, 'content/source/speech.txt'))).toBe(true);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'));
  });

  it('builds there', () => {
    const built = run(process.execPath, ['scripts/build.mjs'], clone);
    expect(built.status, built.output).toBe(0);
  });

  it('passes the source-reading tests there', () => {
    const files = ['tests/source-figures.test.ts', 'tests/commitments.test.ts', 'tests/programmes.test.ts'];
    const tested = run(path.join(ROOT, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/vitest.config.ts', ...files], clone);
    expect(tested.status, tested.output).toBe(0);
    expect(tested.output).toMatch(/Test Files\s+3 passed/);
  });
});
