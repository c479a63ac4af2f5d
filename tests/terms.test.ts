import { describe, expect, it } from 'vitest';
import { readSpeech } from '../src/build/speech-index';
import { readGlossaryTerms } from '../src/build/glossary-records';
import { alignedTexts } from '../src/build/term-check';
import { containsTerm } from '../src/lib/terms/match';
import { describeTermProblem, termProblems, type AlignedText } from '../src/lib/terms/consistency';

const root = process.cwd();
const pair = (ru: string, kk: string, where = 'x'): AlignedText => ({ file: 'src/i18n/kk.json', where, ru, kk });

describe('a term is found in any of its forms', () => {
  const found: Array<[string, string, 'ru' | 'kk']> = [
    ['сноса ветхих домов', 'ветхие дома', 'ru'],
    ['видеомониторинга', 'видеомониторинг', 'ru'],
    ['бірінші басшылардың дербес жауапкершілігі', 'дербес жауапкершілік', 'kk'],
    ['сайлаушылар аманаттарының орындалуы', 'сайлаушылардың аманаттары', 'kk'],
    ['сел қаупін бақылаудың 10 станциясын', 'сел қаупін бақылау станциялары', 'kk'],
    ['мемлекеттік сатып алуға қатысу', 'мемлекеттік сатып алу', 'kk'],
    ['«Qoldaý» орталығы', 'Qoldaý', 'kk'],
  ];
  for (const [text, term, lang] of found) it(`«${term}» in «${text}»`, () => expect(containsTerm(text, term, lang)).toBe(true));

  const notFound: Array<[string, string, 'ru' | 'kk']> = [
    ['сельский округ', 'сель', 'ru'],
    ['жаңа бағыт', 'бағдарлама', 'kk'],
    ['Qoldau орталығы', 'Qoldaý', 'kk'],
    ['дома ветхие', 'ветхие дома', 'ru'],
  ];
  for (const [text, term, lang] of notFound) it(`not «${term}» in «${text}»`, () => expect(containsTerm(text, term, lang)).toBe(false));
});

describe('one Russian term, one Kazakh term', () => {
  const terms = [
    { ru: 'обязательство', kk: 'міндеттеме', avoid: ['уәде'] },
    { ru: 'перевод', kk: 'аударма', check: false, avoid: ['тәржіма'] },
  ];

  it('names an avoided rendering, where it stands and what to write', () => {
    const [problem] = termProblems(terms, [pair('Все обязательства', 'Барлық уәделер', 'nav.commitments')]);
    expect(problem?.found).toBe('уәделер');
    expect(describeTermProblem(problem!)).toBe(
      'src/i18n/kk.json (nav.commitments): «обязательство» is rendered «уәделер» here, but «міндеттеме» elsewhere on the site (content/glossary.yaml); write «міндеттеме»',
    );
  });

  it('names a rendering the glossary does not know, quoting the Kazakh', () => {
    const [problem] = termProblems(terms, [pair('Обязательства', 'Сөз байлау')]);
    expect(problem?.found).toBeUndefined();
    expect(describeTermProblem(problem!)).toMatch(/«обязательство» is rendered otherwise here than «міндеттеме» .*the Kazakh reads «Сөз байлау»; write «міндеттеме»/);
  });

  it('accepts the glossary rendering in any form, and a term with check: false wherever its avoided renderings are absent', () => {
    expect(termProblems(terms, [pair('Обязательства города', 'Қаланың міндеттемелері'), pair('так мы переводим', 'осылай аударамыз')])).toEqual([]);
    expect(termProblems(terms, [pair('перевод', 'тәржіма')]).map((p) => p.found)).toEqual(['тәржіма']);
  });
});

describe('the site keeps one Kazakh term for each Russian term', () => {
  const terms = readGlossaryTerms(root);
  const texts = alignedTexts(root, readSpeech(root));

  it('pairs the interface, the speech, the programmes, the commitments and the charts', () => {
    const files = new Set(texts.map((t) => t.file));
    for (const file of ['src/i18n/kk.json', 'content/speech/kk/economy.mdx', 'content/programmes/kk/qoldau.mdx', 'content/commitments.yaml', 'content/charts.yaml']) {
      expect(files, file).toContain(file);
    }
    expect(texts.find((t) => t.where === 'nav.commitments')).toMatchObject({ ru: 'Обязательства', kk: 'Міндеттемелер' });
  });

  it('has no Russian term listed twice', () => {
    const seen = terms.map((t) => t.ru);
    expect(seen.filter((ru, i) => seen.indexOf(ru) !== i)).toEqual([]);
  });

  it('renders every glossary term as the glossary does, everywhere', () => {
    expect(termProblems(terms, texts).map(describeTermProblem)).toEqual([]);
  });
});
