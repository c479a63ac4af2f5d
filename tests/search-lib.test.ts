import { describe, expect, it } from 'vitest';
import { pagefindAttributes } from '../src/lib/search/pagefind-attributes';
import { foldText, foldWord, pagefindWord } from '../src/lib/search/fold';
import { termStems, termTranslations, translateQuery } from '../src/lib/search/glossary';
import { markKazakhLetters, unmarkKazakhLetters } from '../src/lib/search/letters';
import { isCloseMatch, isRealMatch } from '../src/lib/search/match';
import { anyWordHits, mergeHits } from '../src/lib/search/merge';
import { findPassage } from '../src/lib/search/passage';
import { MAX_QUERY_LENGTH, nameKey, normaliseQuery, queryVariants, queryWords } from '../src/lib/search/query';
import { stemKazakh } from '../src/lib/search/stem';
import { foldedTerms, hiddenTermsText, isHiddenTerm } from '../src/lib/search/terms';

describe('folding a word to how it is typed on a Russian keyboard', () => {
  it('replaces each Kazakh letter with its Russian-keyboard letter, in both cases', () => {
    expect(foldText('әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи агкноуухи');
    expect(foldWord('Қазақстан')).toBe('казакстан');
    expect(foldWord('Кала')).toBe(foldWord('Қала'));
  });

  it('folds ё to е and й to и, as Pagefind does', () => {
    expect(foldWord('жильё')).toBe('жилье');
    expect(foldWord('Байтерек')).toBe('баитерек');
  });

  it('reads Kazakh Latin of 2018 (acute accents) and 2021, and common transliterations, as Cyrillic', () => {
    for (const spelling of ['Qoldaý', 'Qoldau', 'Koldau']) expect(foldWord(spelling)).toBe('колдау');
    expect(foldText('Baqytty otbasy')).toBe(foldText('Бақытты отбасы'));
    expect(foldText('Bakytty otbasy')).toBe(foldText('Бақытты отбасы'));
    expect(foldText('Almaty jastary')).toBe('алматы жастары');
    expect(foldText('Almaty zhastary')).toBe('алматы жастары');
    expect(foldText('Nurly zher')).toBe(foldText('Нұрлы жер'));
    expect(foldText('Nūrly jer')).toBe(foldText('Нұрлы жер'));
    expect(foldWord('Jańa')).toBe(foldWord('Jaña'));
    expect(foldWord('Jańa')).toBe(foldWord('Жаңа'));
    expect(foldWord('Báıterek')).toBe(foldWord('Бәйтерек'));
    expect(foldWord('Tsıfrlandyrý')).toBe(foldWord('Цифрландыру'));
    expect(foldWord('Novyy')).toBe(foldWord('Новый'));
    expect(foldWord('Grazhdanskiy')).toBe(foldWord('Гражданский'));
  });

  it('treats Latin look-alike letters inside a Cyrillic word as Cyrillic', () => {
    expect(foldWord('бiлiм')).toBe(foldWord('білім'));
  });

  it('keeps punctuation and leaves digits and other scripts alone', () => {
    expect(foldText('«Нұрлы жер», 2020!')).toBe('«нурлы жер», 2020!');
    expect(foldWord('مرحبا')).toBe('مرحبا');
  });

  it('knows the form Pagefind indexes: lower case, letters and digits, accents dropped, Kazakh letters kept', () => {
    expect(pagefindWord('«Qoldaý»')).toBe('qolday');
    expect(pagefindWord('Қала,')).toBe('қала');
  });
});

describe('the Kazakh stemmer', () => {
  it('removes plural, possessive and case endings', () => {
    for (const form of ['жастары', 'жастарға', 'жастардың', 'жастарына']) expect(stemKazakh(foldWord(form))).toBe('жастар');
    expect(stemKazakh(foldWord('мектептерінде'))).toBe('мектеп');
    expect(stemKazakh(foldWord('аудандарында'))).toBe('аудан');
    expect(stemKazakh(foldWord('денсаулыққа'))).toBe('денсаулык');
  });

  it('removes only an ending that can follow the stem', () => {
    // «ты» follows voiceless consonants only: Алматы is not «алма» + «ты».
    expect(stemKazakh(foldWord('Алматы'))).not.toBe('алма');
    // The locative «да» follows a vowel.
    expect(stemKazakh(foldWord('қалада'))).toBe('кала');
  });

  it('keeps stems long enough to mean something', () => {
    expect(stemKazakh('жастар')).toBe('жастар');
    expect(stemKazakh('уилер')).toBe('уилер');
  });

  it('turns a Russian adjective of a Kazakh place name back into the name', () => {
    expect(stemKazakh(foldWord('Алатауский'))).toBe('алатау');
    expect(stemKazakh(foldWord('Алатауском'))).toBe('алатау');
  });
});

describe('marking Kazakh letters for the index', () => {
  it('writes each Kazakh letter as its Russian-keyboard letter plus a mark, and back', () => {
    const text = 'Әкім Қасым-Жомарт Тоқаев: «Нұрлы жер», Үкімет, Һ, өңір, ғылым, ісі';
    const marked = markKazakhLetters(text);
    expect(marked).not.toMatch(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/);
    // Once Pagefind drops the marks, each word is the Russian-keyboard spelling.
    for (const word of text.split(/[\s«»,:]+/).filter(Boolean)) expect(pagefindWord(markKazakhLetters(word))).toBe(pagefindWord(foldWord(word)));
    expect(unmarkKazakhLetters(marked)).toBe(text);
    expect(pagefindWord(markKazakhLetters('Қазақстан'))).toBe('казакстан');
  });

  it('keeps ұ and ү apart, although both fold to у', () => {
    expect(markKazakhLetters('ұ')).not.toBe(markKazakhLetters('ү'));
    expect(unmarkKazakhLetters(markKazakhLetters('ұүҰҮ'))).toBe('ұүҰҮ');
  });
});

describe('hidden index words', () => {
  it('are the folded spellings Pagefind cannot derive: Latin names in Cyrillic', () => {
    expect(foldedTerms('Қала мен Алматы, «Qoldaý» және Nur Otan')).toEqual(['колдау', 'нур', 'отан']);
    expect(foldedTerms('Алматы жастары')).toEqual([]);
  });

  it('are marked so that excerpts can leave them out', () => {
    const text = hiddenTermsText(['колдау', 'нур']);
    expect(text).toBe(' ~колдау ~нур');
    expect(text.trim().split(' ').every(isHiddenTerm)).toBe(true);
    expect(isHiddenTerm('Qoldaý')).toBe(false);
  });
});

describe('queries', () => {
  it('are cleaned and cut to a size Pagefind handles quickly', () => {
    expect(normaliseQuery('  Qoldau\u200b   центр \n')).toBe('Qoldau центр');
    expect([...normaliseQuery('й'.repeat(10_000))].length).toBe(MAX_QUERY_LENGTH);
    expect(normaliseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')).split(' ')).toHaveLength(12);
  });

  it('keep only letters, marks and digits as words', () => {
    expect(queryWords('«Нұрлы жер» <b>2020</b>!')).toEqual(['Нұрлы', 'жер', 'b2020b']);
    expect(queryWords('!!! 😀 … «»')).toEqual([]);
  });

  it('are searched as typed, folded and stemmed, without repeats', () => {
    expect(queryVariants('Baqytty otbasyna').map((v) => v.text)).toEqual(['Baqytty otbasyna', 'бакытты отбасына', 'бакыт отба']);
    expect(queryVariants('Алматы').map((v) => v.text)).toEqual(['Алматы', 'алмат']);
    expect(queryVariants('Қала')[0]!.text).toBe(markKazakhLetters('Қала'));
    expect(queryVariants('😀')).toEqual([]);
    expect(queryVariants('бакыт отба').map((v) => v.weight)).toEqual([1]);
  });

  it('find programme names however they are spelled', () => {
    expect(nameKey('«Бақытты отбасы»')).toBe(nameKey('Bakytty otbasy'));
    expect(nameKey('Qoldaý')).toBe(nameKey('Колдау'));
    expect(nameKey('Концепт-план')).toBe(nameKey('Kontsept-plan'));
  });
});

describe('glossary terms of the other language', () => {
  const translations = termTranslations(
    [
      { ru: 'Алатауский район', kk: 'Алатау ауданы' },
      { ru: 'аким', kk: 'әкім' },
      { ru: 'управление (акимата)', kk: 'басқарма' },
    ],
    'ru',
  );

  it('are kept only where folding does not already match them', () => {
    expect(translations.map((t) => t.to)).toEqual(['Алатауский район', 'управление (акимата)']);
    expect(termStems('управление (акимата)')).toEqual(['управление']);
  });

  it('are replaced by the page language term, in any case form', () => {
    expect(translateQuery('Алатау ауданы', translations)).toBe('Алатауский район');
    expect(translateQuery('Алатау ауданында скорая', translations)).toBe('Алатауский район скорая');
    expect(translateQuery('кредиты для бизнеса', translations)).toBeUndefined();
  });
});

describe('merging the searches of one query', () => {
  const hit = (id: string, score: number, words: number[] = []) => ({ id, score, words });

  it('keeps each page once, with its best weighted score and every matched position', () => {
    const merged = mergeHits([
      { weight: 1, hits: [hit('a', 2, [3]), hit('b', 1)] },
      { weight: 0.5, hits: [hit('a', 6, [9]), hit('c', 10)] },
    ]);
    expect(merged.map((m) => [m.hit.id, m.score, m.words])).toEqual([['c', 5, []], ['a', 3, [3, 9]], ['b', 1, []]]);
  });

  it('ranks pages with more of the words first when no page has them all', () => {
    const perWord = [mergeHits([{ weight: 1, hits: [hit('a', 1), hit('b', 9)] }]), mergeHits([{ weight: 1, hits: [hit('a', 1)] }])];
    expect(anyWordHits(perWord).map((m) => [m.hit.id, m.matchedBy])).toEqual([['a', 2], ['b', 1]]);
  });

  it('lets the rarer word decide between pages that have one word each', () => {
    // «помощь» is on five pages, the first of them scoring high; «многодетным» on one, scoring low.
    const common = mergeHits([{ weight: 1, hits: ['p1', 'p2', 'p3', 'p4', 'p5'].map((id, i) => hit(id, 20 - i)) }]);
    const rare = mergeHits([{ weight: 1, hits: [hit('family', 2)] }]);
    expect(anyWordHits([common, rare])[0]!.hit.id).toBe('family');
  });
});

describe('telling a real match from a scrap', () => {
  it('accepts matched words that share their beginning with a query word', () => {
    expect(isRealMatch('Алматы қаласы', [0], ['Алматыга'])).toBe(true);
    expect(isRealMatch('кредитования бизнеса', [0], ['кредиты'])).toBe(true);
    expect(isRealMatch('Qoldaý ~колдау', [1], ['Колдау'])).toBe(true);
  });

  it('rejects a match on a short word the query merely starts with', () => {
    expect(isRealMatch('центр с филиалами', [1], ['scriptalert'])).toBe(false);
  });

  it('accepts a match on metadata alone', () => {
    expect(isRealMatch('any text', [], ['Qolday'])).toBe(true);
  });
});

describe('telling a match as typed from one a correction may beat', () => {
  it('counts another form of the same word as typed', () => {
    expect(isCloseMatch('борьба с коррупцией', [2], ['коррупции'])).toBe(true);
    expect(isCloseMatch('кредитования бизнеса', [0], ['кредиты'])).toBe(true);
    expect(isCloseMatch('многодетных семей', [0], ['многодетн'])).toBe(true);
    expect(isCloseMatch('школьников города', [0], ['школьная'])).toBe(true);
    expect(isCloseMatch('школьной формы', [1], ['форма'])).toBe(true);
    expect(isCloseMatch('учебными принадлежностями и формой', [3], ['форма'])).toBe(true);
  });

  it('does not count a scrap of a word with a typo in it', () => {
    expect(isCloseMatch('экономии и развития', [0], ['экономеки'])).toBe(false);
    expect(isCloseMatch('замены труб', [0], ['замеа'])).toBe(false);
    expect(isCloseMatch('формы', [0], ['формк'])).toBe(false);
    expect(isCloseMatch('формирование', [0], ['форма'])).toBe(false);
    expect(isCloseMatch('сели', [0], ['село'])).toBe(false);
  });

  it('needs every query word matched as typed', () => {
    expect(isCloseMatch('кредитования бизнеса', [0], ['кредиты', 'бизнес'])).toBe(false);
    expect(isCloseMatch('кредитования бизнеса', [0, 1], ['кредиты', 'бизнес'])).toBe(true);
  });

  it('counts a match on metadata alone as typed', () => {
    expect(isCloseMatch('any text', [], ['экономеки'])).toBe(true);
  });
});

describe('the passage a result links to', () => {
  const content = 'Заголовок. Первый абзац про бизнес для всех. Второй абзац: кредитования для бизнеса мало. ~kreditovaniya Прочее.';
  const words = content.split(' ');
  const anchors = [
    { id: 'economy-1', location: 1, text: 'Первый абзац про бизнес для всех.' },
    { id: 'economy-2', location: 7, text: 'Второй абзац: кредитования для бизнеса мало. ~kreditovaniya' },
  ];
  const at = (...found: string[]) => found.map((w) => words.indexOf(w));

  it('is the paragraph with the rarest matched words, linked by its id', () => {
    const passage = findPassage(content, anchors, [...at('бизнес', 'для', 'кредитования', 'бизнеса'), words.lastIndexOf('для')]);
    expect(passage.anchor).toBe('economy-2');
    expect(passage.excerpt.filter((w) => w.match).map((w) => w.text)).toEqual(['кредитования', 'для', 'бизнеса']);
  });

  it('leaves hidden index words out of the excerpt and marks the word they stand for', () => {
    const latin = 'Intro. Центр «Qoldaý» открыт. ~колдау';
    const passage = findPassage(latin, [{ id: 'economy-8', location: 1, text: 'Центр «Qoldaý» открыт. ~колдау' }], [4]);
    expect(passage.anchor).toBe('economy-8');
    expect(passage.excerpt).toEqual([
      { text: 'Центр', match: false },
      { text: '«Qoldaý»', match: true },
      { text: 'открыт.', match: false },
    ]);
  });

  it('takes a container without text of its own (a table row) to run up to the next element with an id', () => {
    const table = 'Обязательства. Открыть центр Qoldaý до 2020. Провести митинги.';
    const rows = [
      { id: 'economy-qoldau', location: 1, text: '' },
      { id: 'state-rallies', location: 6, text: '' },
    ];
    expect(findPassage(table, rows, [4]).anchor).toBe('economy-qoldau');
    expect(findPassage(table, rows, [7]).anchor).toBe('state-rallies');
  });

  it('links to the page itself for a match outside any element with an id', () => {
    const passage = findPassage(content, anchors, at('Прочее.'));
    expect(passage.anchor).toBeUndefined();
    expect(passage.excerpt.find((w) => w.match)?.text).toBe('Прочее.');
  });

  it('shows the first words for a page matched on metadata only', () => {
    const passage = findPassage(content, anchors, []);
    expect(passage.anchor).toBeUndefined();
    expect(passage.excerpt[0]).toEqual({ text: 'Заголовок.', match: false });
    expect(passage.cutStart).toBe(false);
  });

  it('cuts a long passage around the first match', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const passage = findPassage(long, [], [50]);
    expect(passage.excerpt[0]!.text).toBe('w42');
    expect(passage.excerpt).toHaveLength(32);
    expect([passage.cutStart, passage.cutEnd]).toEqual([true, true]);
  });
});

describe('Pagefind filters and metadata on the page', () => {
  it('are passed by reference, one attribute per value, since Pagefind reads one literal per attribute', () => {
    expect(pagefindAttributes({ filter: 'type:programme, programme:qoldau, priority:4, priority:3', meta: 'type:programme' })).toEqual({
      'data-pagefind-filter': 'type[data-filter-type-1], programme[data-filter-programme-2], priority[data-filter-priority-3], priority[data-filter-priority-4]',
      'data-filter-type-1': 'programme',
      'data-filter-programme-2': 'qoldau',
      'data-filter-priority-3': '4',
      'data-filter-priority-4': '3',
      'data-pagefind-meta': 'type:programme',
    });
  });

  it('stay a plain literal when there is one pair', () => {
    expect(pagefindAttributes({ filter: 'type:commitments', meta: 'type:commitments' })).toEqual({
      'data-pagefind-filter': 'type:commitments',
      'data-pagefind-meta': 'type:commitments',
    });
  });

  it('refuse a pair without a key', () => {
    expect(() => pagefindAttributes({ filter: 'speech' })).toThrow(/"speech" must be written "key:value"/);
  });
});
