import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      // In both languages, as an editor adds a line: a line in one language alone is a term check's business.
      (dir) => {
        edit(dir, 'content/programmes/ru/qoldau.mdx', (t) => `${t}\nСм. [абзац](/ru/speech/economy/#economy-99).\n`);
        edit(dir, 'content/programmes/kk/qoldau.mdx', (t) => `${t}\n[Абзацты](/kk/speech/economy/#economy-99) қараңыз.\n`);
      },
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
      'assessment records with a status but no source, and a "done" without the date it was done: both reported at once',
      (dir) => {
        mkdirSync(path.join(dir, 'content/assessments'), { recursive: true });
        writeFileSync(
          path.join(dir, 'content/assessments/security-cameras-2019.yaml'),
          '- status: in-progress\n  date: "2020-01-10"\n  note: { ru: "Идёт", kk: "Жүріп жатыр" }\n',
        );
        writeFileSync(
          path.join(dir, 'content/assessments/security-cameras-2020.yaml'),
          '- status: done\n  date: "2021-01-10"\n  sources:\n    - { url: "https://www.example.org/x", publisher: "Example", published: "2021-01-10", title: "X", language: en }\n  note: { ru: "Сделано", kk: "Жасалды" }\n',
        );
      },
      /content\/assessments\/security-cameras-2019\.yaml:1: commitment "security-cameras-2019": record 1 \(2020-01-10\): status "in-progress" needs at least one source[\s\S]*content\/assessments\/security-cameras-2020\.yaml:1: commitment "security-cameras-2020": record 1 \(2021-01-10\): status "done" needs "achieved"/,
    ],
    [
      'a Russian term rendered two ways in Kazakh',
      (dir) => edit(dir, 'src/i18n/kk.json', (t) => t.replace('"commitments": "Міндеттемелер"', '"commitments": "Уәделер"')),
      /src\/i18n\/kk\.json:\d+ \(nav\.commitments\): «обязательство» is rendered otherwise here than «міндеттеме» \(content\/glossary\.yaml\): the Kazakh reads «Уәделер»; write «міндеттеме»/,
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

describe('every content error of a run is reported at once, without a trace of the code', () => {
  it('two mistakes in two files: both named with file and line', () => {
    const { status, output, dir } = buildWith((copy) => {
      edit(copy, 'content/names.yaml', (t) => t.replace('kemelovich: { ru: Кемелович, kk: Кемелұлы, kind: person }', 'kemelovich: { ru: Кемелович, kind: person }'));
      edit(copy, 'content/commitments.yaml', (t) => t.replace(/paragraph: security-3\n/, 'paragraph: security-33\n'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/2 content errors/);
    expect(output).toMatch(/content\/names\.yaml:9: "kemelovich": kk: /);
    expect(output).toMatch(/content\/commitments\.yaml:\d+: commitment "[a-z0-9-]+": paragraph "security-33" does not exist in the speech/);
    expect(output).not.toMatch(/Stack trace|Location:|\bat .*\.(ts|mjs|js):\d+/);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  }, 600_000);
});
