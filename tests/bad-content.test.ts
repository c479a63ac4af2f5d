import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith as buildCopyWith, edit, removeCopies } from './helpers/content-build';

// Each case copies the project, makes one mistake a content editor could make, runs the real build and
// expects it to fail with one clear message naming the file (and line), leaving no dist/ behind.
const workdirs: string[] = [];
const buildWith = (mistake: (dir: string) => void) => buildCopyWith(mistake, workdirs);

afterAll(() => removeCopies(workdirs));

// The line an editor would be sent to, counted in the file as it is now.
function lineOf(file: string, start: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

describe('a content mistake fails the build with a message an editor can act on', () => {
  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    [
      'malformed frontmatter',
      (dir) => edit(dir, 'content/speech/ru/state.mdx', (t) => t.replace('shortTitle: "Государство"', 'shortTitle: "Государство')),
      /content\/speech\/ru\/state\.mdx:\d+: the frontmatter is not valid YAML/,
    ],
    [
      'a frontmatter field of the wrong type',
      (dir) => edit(dir, 'content/speech/ru/security.mdx', (t) => t.replace('priority: 2', 'priority: "two"')),
      /speech → ru\/security data does not match collection schema[\s\S]*priority[\s\S]*content\/speech\/ru\/security\.mdx/,
    ],
    [
      'a missing translation',
      (dir) => rmSync(path.join(dir, 'content/speech/kk/security.mdx')),
      /content\/speech\/kk\/security\.mdx: missing: every speech section needs a Kazakh and a Russian file/,
    ],
    [
      'a paragraph misalignment',
      (dir) => edit(dir, 'content/speech/kk/economy.mdx', (t) => t.replace(/\n\n(?=[^\n]*\n\n\*\*\*)/, ' ')),
      /content\/speech\/kk\/economy\.mdx: Translation out of step: block \d+ differs\. content\/speech\/kk\/economy\.mdx:\d+ has/,
    ],
    [
      'an unknown programme reference',
      (dir) => edit(dir, 'content/programmes/ru/qoldau.mdx', (t) => t.replace(/related: \[/, 'related: [no-such-programme, ')),
      /content\/programmes\/ru\/qoldau\.mdx:\d+: related programme "no-such-programme" does not exist/,
    ],
    [
      'an alias shared by two programmes',
      (dir) => edit(dir, 'content/programmes/ru/damu.mdx', (t) => t.replace(/aliases: \[/, 'aliases: ["Qoldau", ')),
      /content\/programmes\/ru\/damu\.mdx:\d+: alias "Qoldau" is also an alias of programme "qoldau"/,
    ],
    [
      'a duplicate paragraph id typed by hand',
      (dir) => edit(dir, 'content/speech/ru/economy.mdx', (t) => `${t}\n<p id="economy-3">Повтор</p>\n`),
      /content\/speech\/ru\/economy\.mdx:\d+: sets the id "economy-3" by hand/,
    ],
    [
      'markup left in a speech paragraph, which cannot be exported as plain text',
      (dir) => edit(dir, 'content/speech/ru/economy.mdx', (t) => t.replace('Сегодня экономика Алматы растет', 'Сегодня экономика Алматы **растет**')),
      new RegExp(`content/speech/ru/economy\\.mdx:${lineOf('content/speech/ru/economy.mdx', 'Сегодня экономика Алматы')}: this paragraph holds bold \\(\\*\\*…\\*\\*\\)\\. The speech is published as plain text`),
    ],
    [
      'a broken internal link or anchor',
      (dir) => edit(dir, 'content/programmes/ru/qoldau.mdx', (t) => `${t}\nСм. [абзац](/ru/speech/economy/#economy-99).\n`),
      /\/ru\/programmes\/qoldau\/ \(content\/programmes\/ru\/qoldau\.mdx\): link to \/ru\/speech\/economy\/#economy-99 — no element with id "economy-99"/,
    ],
    [
      'a commitment citing a missing paragraph',
      (dir) => edit(dir, 'content/commitments.yaml', (t) => t.replace(/paragraph: security-3\n/, 'paragraph: security-33\n')),
      /content\/commitments\.yaml:\d+: commitment "[a-z0-9-]+": paragraph "security-33" does not exist in the speech/,
    ],
    [
      'a hyphen typed for a dash',
      (dir) => edit(dir, 'content/speech/ru/economy.mdx', (t) => t.replace(/([а-я]) – /, '$1 - ')),
      /content\/speech\/ru\/economy\.mdx:\d+: typography: 1 place\(s\) to fix[\s\S]*economy\.mdx:\d+: dash: « - » → write « – »[\s\S]*npm run fix:typography/,
    ],
    [
      'an assessment with a status but no source',
      (dir) => edit(dir, 'content/assessments.yaml', (t) => t.replace('assessments: {}', 'assessments:\n  security-cameras-2019:\n    - { status: done, date: "2020-01-10", note: { ru: "Сделано", kk: "Жасалды" } }')),
      /content\/assessments\.yaml:\d+: commitment "security-cameras-2019": assessment of 2020-01-10: status "done" needs a source/,
    ],
    [
      'a name for search without its Kazakh spelling',
      (dir) => edit(dir, 'content/names.yaml', (t) => t.replace('kemelovich: { ru: Кемелович, kk: Кемелұлы, kind: person }', 'kemelovich: { ru: Кемелович, kind: person }')),
      /content\/names\.yaml:9: "kemelovich": kk: /,
    ],
    [
      'a search term with punctuation',
      (dir) => edit(dir, 'content/search-terms.yaml', (t) => t.replace('say: [камеры, камеры наблюдения,', 'say: [камеры, «камеры наблюдения»,')),
      new RegExp(`content/search-terms\\.yaml:${lineOf('content/search-terms.yaml', 'cameras:') + 1}: "cameras": ru\\.say\\.1: write words only`),
    ],
  ];

  // A mistake found after Astro (a broken link) costs a whole build of the site: on a busy machine that
  // is longer than the default minute.
  for (const [name, mistake, message] of cases) {
    it(name, () => {
      const { status, output, dir } = buildWith(mistake);
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
      expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    }, 600_000);
  }
});
