// Search in citizens' words (issue 23): readers' words for the text's (content/search-terms.yaml), short
// words taken whole, numbers with their thousands apart, the quick index and the suggestions when nothing
// is found. The pure parts; the relevance suite (search-relevance.test.ts) runs them through the page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchTermRecords } from '../src/build/search-term-records';
import { searchTermSchema } from '../src/lib/content-schemas';
import { correctWord } from '../src/lib/search/correct';
import { searchForm } from '../src/lib/search/fold';
import { hasWholeWords, shortWords } from '../src/lib/search/match';
import { pagefindAttributes } from '../src/lib/search/pagefind-attributes';
import { namedWithWord } from '../src/lib/search/named';
import { joinNumbers, nameKey, queryVariants, queryWords } from '../src/lib/search/query';
import { closestProgrammes, quickPage, quickSearch } from '../src/lib/search/quick';
import { asksForPromises, expandQuery, queryParts, synonymsOf } from '../src/lib/search/synonyms';
import { foldedTerms } from '../src/lib/search/terms';
import { parseWordList } from '../src/lib/search/word-list';
import { LANGS } from '../src/lib/languages';
import { DIST } from './helpers/dist';

const records = readSearchTermRecords(process.cwd());
const synonyms = (lang: 'kk' | 'ru') => synonymsOf(records.map((r) => ({ id: r.id, side: r.data[lang], first: r.data.first })));

describe('readers’ words for the text’s (content/search-terms.yaml)', () => {
  it('is read with its schema, with words for both languages in every topic of the speech', () => {
    expect(records.length).toBeGreaterThanOrEqual(50);
    for (const r of records) {
      expect(r.data.ru?.say.length ?? 0, `${r.id}: ru`).toBeGreaterThan(0);
      expect(r.data.kk?.say.length ?? 0, `${r.id}: kk`).toBeGreaterThan(0);
    }
  });

  it('refuses punctuation, an empty list and an unknown field, saying what is wrong', () => {
    const fail = (value: unknown) => {
      const parsed = searchTermSchema.safeParse(value);
      return parsed.success ? '' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(fail({ ru: { say: ['«камеры»'], means: ['камер'] } })).toMatch(/^ru\.say\.0: write words only/);
    expect(fail({ ru: { say: [], means: ['камер'] } })).toMatch(/^ru\.say/);
    expect(fail({ ru: { say: ['камеры'], mean: ['камер'] } })).toMatch(/means|mean/);
    expect(fail({})).toMatch(/at least one language/);
    expect(fail({ ru: { say: ['экстренный вызов'], means: [112] } })).toBe('');
  });

  it.skipIf(!existsSync(path.join(DIST, 'pagefind')))('means only words that stand on the pages of their language', () => {
    for (const lang of LANGS) {
      const list = parseWordList(readFileSync(path.join(DIST, 'pagefind', `words-${lang}.txt`), 'utf8'));
      const missing = records.flatMap((r) =>
        (r.data[lang]?.means ?? []).flatMap((phrase) =>
          // Pagefind indexes each part of a hyphenated word as a word too.
          queryWords(phrase.replaceAll('-', ' '))
            .map(searchForm)
            .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !list.forms.some((f) => f.startsWith(w)))
            .map((w) => `${lang} ${r.id}: «${phrase}» (${w})`),
        ),
      );
      expect(missing).toEqual([]);
    }
  });

  it('searches a query with the readers’ words replaced by the text’s, their forms too', () => {
    // The search page expands the query's content words («для» left out, see question-words.ts).
    expect(expandQuery('работа инвалидов', synonyms('ru'))).toEqual(['поддерживаемой занятости']);
    expect(expandQuery('инвалиды', synonyms('ru'))).toEqual(['ограниченными возможностями']);
    expect(expandQuery('мүгедектерге жұмыс', synonyms('kk'))).toEqual(['жұмыспен қамту орталығы']);
    expect(expandQuery('ескі үйлерді бұзу', synonyms('kk'))).toEqual(['тозығы жеткен үй']);
    expect(expandQuery('жильё молодых', synonyms('ru'))[0]).toBe('квартир для работающей молодежи');
    // Words of one topic next to each other are replaced once.
    expect(expandQuery('пәтерді бөліп төлеу', synonyms('kk'))).toEqual(['Бақытты отбасы']);
    expect(expandQuery('бюджет города', synonyms('ru'))).toEqual([]);
  });

  it('does not take a longer word for a short one it starts with', () => {
    expect(expandQuery('сель', synonyms('ru'))).toEqual(['селевой', 'селевого']);
    expect(expandQuery('сельское хозяйство', synonyms('ru'))).toEqual([]);
  });

  it('tells a query that asks for promises: a number or a promise word', () => {
    expect(asksForPromises('948', synonyms('ru'))).toBe(true);
    expect(asksForPromises('обещание про лифты', synonyms('ru'))).toBe(true);
    expect(asksForPromises('лифтілер уәдесі', synonyms('kk'))).toBe(true);
    expect(asksForPromises('замена лифтов', synonyms('ru'))).toBe(false);
    expect(asksForPromises('Стратегия Казахстан 2050', synonyms('ru'))).toBe(false);
  });
});

describe('a programme named with one word more', () => {
  const names = new Map(['Скорая помощь', 'Служба скорой медицинской помощи', 'Жедел жәрдем', 'Даму', '112 қызметі'].map((n, i) => [nameKey(n), i === 3 ? 'damu' : i === 4 ? 'emergency-112' : 'ambulance-service']));

  it('finds the name in any form with the word left over', () => {
    expect(namedWithWord('подстанция скорой помощи', names)).toEqual({ slug: 'ambulance-service', extra: ['подстанция'] });
    expect(namedWithWord('жедел жәрдем станциясы', names)).toEqual({ slug: 'ambulance-service', extra: ['станциясы'] });
    expect(namedWithWord('112 қызметі жұмыс', names)).toEqual({ slug: 'emergency-112', extra: ['жумыс'] });
  });

  it('needs every word of the name, allows one word more, and leaves one-word names out', () => {
    expect(namedWithWord('подстанция скорой в Алатауском районе', names)).toBeUndefined();
    expect(namedWithWord('новая подстанция скорой помощи', names)).toBeUndefined();
    expect(namedWithWord('экономиканы даму', names)).toBeUndefined();
    expect(namedWithWord('113 қызметі жұмыс', names)).toBeUndefined();
  });
});

describe('short words and numbers', () => {
  it('takes a short word whole: itself or with a short ending, not the start of a longer word', () => {
    expect(shortWords(['сель', 'станции', '112', 'IT'])).toEqual(['сель', 'ит']);
    expect(hasWholeWords('сельских районах', [0], ['сель'])).toBe(false);
    expect(hasWholeWords('селевой опасности', [0], ['сель'])).toBe(false);
    expect(hasWholeWords('селя', [0], ['сель'])).toBe(true);
    expect(hasWholeWords('сел қаупі', [0], ['сел'])).toBe(true);
    expect(hasWholeWords('селден қорғау', [0], ['сел'])).toBe(true);
    expect(hasWholeWords('Центральной Азии', [1], ['азия'])).toBe(true);
    expect(hasWholeWords('рост IT-сектора', [1], shortWords(['IT']))).toBe(true);
    // Found by its metadata only (a programme's name): nothing to check.
    expect(hasWholeWords('сельских', [], ['сель'])).toBe(true);
  });

  it('reads a two-letter Latin abbreviation as it is, not in Cyrillic', () => {
    expect(queryVariants('IT').map((v) => v.text)).toEqual(['IT']);
    expect(queryVariants('Qoldau').map((v) => v.text)).toContain('колдау');
  });

  it('writes numbers with their thousands apart as one number, in the index and in queries', () => {
    expect(foldedTerms('1\u00a0020 квартир и 2 321 семья, 17,7 млрд')).toEqual(['1020', '2321']);
    expect(joinNumbers('1 020 квартир')).toBe('1020 квартир');
    expect(joinNumbers('1\u202f020')).toBe('1020');
    expect(joinNumbers('в 2019 году 600 камер')).toBe('в 2019 году 600 камер');
  });

  it('gives a promise page less weight for its text than for its title', () => {
    expect(pagefindAttributes({ weight: 0.3 })).toEqual({ 'data-pagefind-weight': '0.3' });
  });
});

describe('the quick index and the suggestions', () => {
  const pages = [
    quickPage('/ru/programmes/qoldau/', 'Qoldaý', 'programme', ['Колдау', 'центр поддержки предпринимателей']),
    quickPage('/ru/programmes/bakytty-otbasy/', 'Бақытты отбасы', 'programme', ['Бакытты отбасы', 'ипотека для многодетных семей']),
    quickPage('/ru/commitments/regions-lifts/', 'Завершить замену всех устаревших лифтов', 'commitment', []),
    quickPage('/ru/speech/regions/', 'Развитие регионов', 'speech', ['лифты, фасады и кровли']),
  ];

  it('keeps each page’s words once, without those of its title', () => {
    expect(pages[0]!.words).toBe('центр поддержки предпринимателеи'); // «Колдау» is «Qoldaý» folded
    expect(pages[2]!.words).toBe('');
  });

  it('finds pages by their title and words, title first, forms and readers’ words too', () => {
    expect(quickSearch('лифты', pages, []).map((p) => p.url)).toEqual(['/ru/commitments/regions-lifts/', '/ru/speech/regions/']);
    expect(quickSearch('Колдау', pages, [])[0]?.url).toBe('/ru/programmes/qoldau/');
    expect(quickSearch('где найти предпринимателям поддержку', pages, [])[0]?.url).toBe('/ru/programmes/qoldau/');
    expect(quickSearch('квартира в рассрочку', pages, synonyms('ru'))[0]?.url).toBe('/ru/programmes/bakytty-otbasy/');
    expect(quickSearch('метро', pages, [])).toEqual([]);
  });

  it('suggests the programmes whose names look like a query that found nothing', () => {
    expect(closestProgrammes('Колдаю', pages).map((p) => p.title)).toEqual(['Qoldaý']);
    expect(closestProgrammes('бакытты атбасы', pages)[0]?.title).toBe('Бақытты отбасы');
    expect(closestProgrammes('метрополитен', pages)).toEqual([]);
  });

  it('guesses a spelling more loosely for a suggestion than for a correction', () => {
    const list = parseWordList('инвестиции\n');
    expect(correctWord('инвистецыя', list)).toBeUndefined();
    expect(correctWord('инвистецыя', list, 1)).toBe('инвестиции');
  });
});

describe('a query searched part by part', () => {
  it('keeps a phrase readers say together, so that it is still read as the text’s words', () => {
    const kk = synonymsOf(records.map((r) => ({ id: r.id, side: r.data.kk, first: r.data.first })));
    expect(queryParts('көп балалы отбасыларға көмек', kk)).toEqual(['көп балалы', 'отбасыларға', 'көмек']);
    expect(queryParts('лифт жөндеу', [])).toEqual(['лифт', 'жөндеу']);
  });
});
