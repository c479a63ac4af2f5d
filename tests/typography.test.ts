import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTypography, fixFile, fixTypography, lintFile, typographyFiles } from '../src/build/typography-check';
import { fixText, lintText } from '../src/lib/typography/lint';
import { NBSP } from '../src/lib/typography/rules';

const rulesOf = (text: string) => lintText(text).map((issue) => issue.rule);

describe('typography rules: each finds its fault and writes the fix', () => {
  const faults: Array<[string, string, string, string]> = [
    ['dash', 'развитие технологий - 5G', 'развитие технологий – 5G', 'a hyphen between spaces'],
    ['range', 'в течение 4-5 лет', 'в течение 4–5 лет', 'a hyphen in a range'],
    ['range', 'в 2019-2020 годах', 'в 2019–2020 годах', 'a range of years'],
    ['range', 'от 4,5-10,5 млрд', `от 4,5–10,5${NBSP}млрд`, 'a range of decimals'],
    ['initials', 'Президент К.К.Токаев', `Президент К.К.${NBSP}Токаев`, 'initials run into the surname'],
    ['initials', 'Қ.Тоқаев', `Қ.${NBSP}Тоқаев`, 'one initial'],
    ['quotes', 'программа "Алматы жастары"', 'программа «Алматы жастары»', 'straight quotes'],
    ['quotes', 'АО "НУХ "Байтерек""', 'АО «НУХ „Байтерек“»', 'nested straight quotes'],
    ['quotes', 'центр “Qoldaý”', 'центр «Qoldaý»', 'English quotes'],
    ['unit-space', 'всего 31 млрд тенге', `всего 31${NBSP}млрд тенге`, 'a number and its unit'],
    ['unit-space', 'барлығы 10 мыңнан астам', `барлығы 10${NBSP}мыңнан астам`, 'a Kazakh unit with an ending'],
    ['unit-space', 'всего 185 тыс. субъектов', `всего 185${NBSP}тыс. субъектов`, 'an abbreviated unit'],
    ['thousands', 'всего 1000 квартир', `всего 1${NBSP}000 квартир`, 'an ungrouped number'],
    ['thousands', 'переселят 2321 семью', `переселят 2${NBSP}321 семью`, 'an ungrouped number that is not a year'],
    ['thousands', 'для них 1 020 квартир', `для них 1${NBSP}020 квартир`, 'a number grouped with a breaking space'],
    ['unit-space', 'высотой 600 px', `высотой 600${NBSP}px`, 'pixels'],
    ['unit-space', 'блок {{height}} px биіктікте', `блок {{height}}${NBSP}px биіктікте`, 'a placeholder and its unit'],
    ['unit-space', 'файл 28 кБ', `файл 28${NBSP}кБ`, 'kilobytes'],
    ['unit-space', 'көлемі 53 КБ', `көлемі 53${NBSP}КБ`, 'kilobytes, capitalised'],
    ['number-sign', 'ГКБ №4 и №7', `ГКБ №${NBSP}4 и №${NBSP}7`, 'the number sign run into its number'],
    ['number-sign', 'ГКБ №№ 4 и 7', `ГКБ №№${NBSP}4 и 7`, 'a double number sign with a breaking space'],
  ];
  for (const [rule, text, fixed, what] of faults) {
    it(`${rule}: ${what}`, () => {
      expect(rulesOf(text)).toContain(rule);
      expect(fixText(text)).toBe(fixed);
      expect(lintText(fixText(text)), 'the fix leaves nothing to report').toEqual([]);
    });
  }

  const openings: Array<[string, string]> = [
    ['948 тозығы жеткен үйді бұзу бағдарламасы әзірленді.', 'a text that opens with a figure'],
    ['Бағдарлама әзірленді. 4–5 жыл ішінде 267 үй бұзылады.', 'a sentence after a full stop, opening with a range'],
    ['Жоспар бар! 2 321 отбасы баспана алады.', 'a grouped number after an exclamation mark'],
    ['- 3 жылға арналған жоспар', 'a Markdown list item'],
    ['Ставка снижена. 4,5 млрд направят на кредиты.', 'a decimal'],
  ];
  for (const [text, what] of openings) {
    it(`sentence-figure: ${what}, reported, never rewritten`, () => {
      expect(rulesOf(text)).toContain('sentence-figure');
      expect(lintText(text).find((i) => i.rule === 'sentence-figure')?.fixed).toBeUndefined();
      expect(rulesOf(fixText(text)), 'only a person can rephrase it').toContain('sentence-figure');
    });
  }

  it('names the offending text and its replacement', () => {
    expect(lintText('за 2-3 года').map(({ rule, found, fixed, index }) => ({ rule, found, fixed, index }))).toEqual([
      { rule: 'range', found: '2-3', fixed: '2–3', index: 3 },
    ]);
  });

  const clean = [
    ['years', 'к 2025 году, в 2019 году, стратегия «Қазақстан – 2050»'],
    ['grouped numbers', `для них 1${NBSP}020 квартир, 48,5${NBSP}тыс. человек`],
    ['decimals', 'ставка 6%, 17,7 и 4.5'],
    ['Kazakh suffixes after numbers and abbreviations', 'ЖӨӨ-нің 40%-ын, 60-тан астам, ҚКА-да, 5%-ға, 8-абзац'],
    ['dashes already right', 'ШОБ-ты қолдау – басымдығымыз; развитие — главное'],
    ['lower-case abbreviations', 'т.б., т.е., г.Алматы'],
    ['words that start like units', 'на 2 гектара, 3 камеры, 5 гаражей'],
    ['ISO dates', '2019-10-01'],
    ['initials spaced', `К.К. Токаев, Қ.К.${NBSP}Тоқаев`],
    ['quotes already right', '«Qoldaý» и «„Бәйтерек“ ҰБХ» АҚ»'],
    ['sentences that open with a year or a word', '2019 жылы 600 камера орнатылды. 2022–2030 жылдары жөндеу жүреді. Қалада 948 үй бар.'],
    ['a year with a no-break space after it', `2021${NBSP}года нет данных. 2025${NBSP}жылы.`],
    ['figures inside a sentence and after abbreviations', `Бюджет – 31${NBSP}млрд. См. ст. 5 закона, п. 3.`],
    ['placeholders at the start', '{{count}} нәтиже табылды. {{number}}-басымдық'],
    ['number signs already spaced', `ГКБ №${NBSP}4 и №${NBSP}7`],
  ];
  for (const [what, text] of clean) {
    it(`leaves ${what} alone`, () => {
      expect(lintText(text!)).toEqual([]);
      expect(fixText(text!)).toBe(text);
    });
  }
});

describe('typography in content files: only what readers see, with the line', () => {
  it('reads frontmatter values and body lines of MDX, with file lines', () => {
    const mdx = ['---', 'title: "Экономика"', 'summary: "за 2-3 года"', 'corrections:', '  - source: "в 4-5 лет"', '    corrected: "через 4-5 лет"', '---', '', 'Первый абзац.', '', 'Технологии - 5G, [ссылка](/ru/a-1-2/) и `1-2`.', ''].join('\n');
    const problems = lintFile('content/speech/ru/x.mdx', mdx);
    expect(problems.map((p) => [p.line, p.rule, p.found])).toEqual([
      [3, 'range', '2-3'],
      [6, 'range', '4-5'],
      [11, 'dash', ' - '],
    ]);
    const fixed = fixFile('content/speech/ru/x.mdx', mdx);
    expect(fixed).toContain('source: "в 4-5 лет"');
    expect(fixed).toContain('corrected: "через 4–5 лет"');
    expect(fixed).toContain('[ссылка](/ru/a-1-2/) и `1-2`');
  });

  it('reads YAML values, never ids, dates or Latin-only values, and keeps YAML escapes valid', () => {
    const yaml = ['a-1-2:', '  deadline: "2019-10"', '  text: { ru: "снести 267 домов за 4-5 лет", kk: "1000 пәтер" }', '  note: "программа \\"Нұрлы жер\\""', ''].join('\n');
    expect(lintFile('content/x.yaml', yaml).map((p) => [p.line, p.rule])).toEqual([
      [3, 'range'],
      [3, 'thousands'],
      [4, 'quotes'],
      [4, 'quotes'],
    ]);
    expect(fixFile('content/x.yaml', yaml)).toBe(
      ['a-1-2:', '  deadline: "2019-10"', `  text: { ru: "снести 267 домов за 4–5 лет", kk: "1${NBSP}000 пәтер" }`, '  note: "программа «Нұрлы жер»"', ''].join('\n'),
    );
  });

  it('asks to rephrase sentences of ours only: not names and labels, not the speech as delivered', () => {
    const record = 'emergency:\n  name: { ru: "Служба 112", kk: "112 бірыңғай шұғыл қызметі" }\n  summary: { kk: "112 нөмірі іске қосылады." }\n';
    expect(lintFile('content/x.yaml', record).map((p) => [p.rule, p.line])).toEqual([['sentence-figure', 3]]);
    const delivered = '---\ntitle: "Экономика"\n---\n\n6 районов. Текст.\n';
    expect(lintFile('content/speech/ru/economy.mdx', delivered)).toEqual([]);
    expect(lintFile('content/speech/kk/economy.mdx', delivered).map((p) => p.rule)).toEqual(['sentence-figure']);
  });

  it('reads interface strings of the i18n JSON', () => {
    const json = '{\n  "a": {\n    "b": "{{from}}-{{to}} абзацы, 2-3 раза"\n  }\n}\n';
    expect(lintFile('src/i18n/ru.json', json).map((p) => [p.line, p.rule, p.found])).toEqual([[3, 'range', '2-3']]);
  });
});

describe('the site content follows the typography', () => {
  const root = process.cwd();

  it('covers the speech, the programmes, the YAML content and the interface strings, not the source', () => {
    const files = typographyFiles(root);
    expect(files).toEqual(expect.arrayContaining(['content/speech/kk/economy.mdx', 'content/programmes/ru/qoldau.mdx', 'content/commitments.yaml', 'src/i18n/kk.json']));
    expect(files.some((f) => f.startsWith('content/source/'))).toBe(false);
  });

  it('has no typography fault in any content file', () => {
    const problems = typographyFiles(root).flatMap((file) => lintFile(file, readFileSync(path.join(root, file), 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.found}`)).toEqual([]);
  });

  it('still quotes the source as delivered: the Russian typography of the speech file is untouched', () => {
    expect(readFileSync(path.join(root, 'content/source/speech.txt'), 'utf8')).toMatch(/К\.К\.Токаев/);
  });
});

describe('a typography fault fails the content check with file, line, rule and fix; the fixer repairs it', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'joldau-typo-'));
    dirs.push(dir);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  const cases: Array<[string, string, string, RegExp]> = [
    ['dash', 'content/speech/ru/x.mdx', '---\ntitle: "X"\n---\n\nСлово - слово.\n', /content\/speech\/ru\/x\.mdx:5: dash: « - » → write « – »/],
    ['range', 'content/programmes/kk/x.mdx', '---\nsummary: "Жоспар: 4-5 жыл ішінде"\n---\n', /content\/programmes\/kk\/x\.mdx:2: range: «4-5» → write «4–5»/],
    ['initials', 'content/speech/kk/x.mdx', '---\ntitle: "X"\n---\n\nҚ.К.Тоқаев айтты.\n', /content\/speech\/kk\/x\.mdx:5: initials: «Қ\.К\.» → write «Қ\.К\.⍽»/],
    ['quotes', 'content/charts.yaml', 'c:\n  title: { ru: \'Программа "Нұрлы жер"\' }\n', /content\/charts\.yaml:2: quotes/],
    ['unit-space', 'content/commitments.yaml', 'c:\n  text: { ru: "31 млрд тенге" }\n', /content\/commitments\.yaml:2: unit-space: «31 млрд» → write «31⍽млрд»/],
    ['thousands', 'src/i18n/ru.json', '{\n  "a": "Всего 1000 квартир"\n}\n', /src\/i18n\/ru\.json:2: thousands: «1000» → write «1⍽000»/],
    ['number-sign', 'content/commitments.yaml', 'c:\n  text: { kk: "№4 ҚКА" }\n', /content\/commitments\.yaml:2: number-sign: «№» → write «№⍽»/],
    ['unit-space (px)', 'src/i18n/kk.json', '{\n  "a": "{{height}} px биіктікте"\n}\n', /src\/i18n\/kk\.json:2: unit-space: «\{\{height\}\} px» → write «\{\{height\}\}⍽px»/],
  ];
  it('sentence-figure: asks to rephrase, and the fixer leaves the sentence to the editor', () => {
    const dir = project({ 'content/programmes/kk/x.mdx': '---\ntitle: "X"\n---\n\nБағдарлама бар. 267 үй бұзылады.\n' });
    expect(() => checkTypography(dir)).toThrow(/content\/programmes\/kk\/x\.mdx:5: sentence-figure: «267» → rephrase/);
    fixTypography(dir);
    expect(() => checkTypography(dir)).toThrow(/sentence-figure/);
  });

  for (const [rule, file, text, message] of cases) {
    it(rule, () => {
      const dir = project({ [file]: text });
      expect(() => checkTypography(dir)).toThrow(message);
      expect(() => checkTypography(dir)).toThrow(/npm run fix:typography/);
      expect(fixTypography(dir)).toEqual([file]);
      expect(() => checkTypography(dir)).not.toThrow();
      expect(fixTypography(dir), 'a second run changes nothing').toEqual([]);
    });
  }
});
