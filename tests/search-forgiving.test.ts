// The parts of search that forgive the reader: correcting typed words against the words of the index,
// reading a query typed on the wrong keyboard layout, leaving out question words, and the names file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asListed, correctQuery, correctWord, editCost, isKnownWord, maxCost, nearestStart } from '../src/lib/search/correct';
import { termTranslations, translateQuery } from '../src/lib/search/glossary';
import { fromLatinLayout } from '../src/lib/search/layout';
import { contentWords, isQuestionWord } from '../src/lib/search/question-words';
import { countWords, parseWordList, serialiseWordList } from '../src/lib/search/word-list';
import { readNameRecords } from '../src/build/name-records';
import { DIST } from './helpers/dist';

const list = (...words: string[]) => parseWordList(`${words.join('\n')}\n`);

describe('the word list', () => {
  it('counts words as written, lower-cased, most frequent first; no numbers, nothing shorter than three letters', () => {
    const counts = new Map<string, number>();
    countWords('Қала мен қала, 2025 жылы «Qoldaý» и Алматы', counts);
    expect(counts.get('қала')).toBe(2);
    expect(counts.has('2025')).toBe(false);
    expect(counts.has('и')).toBe(false);
    expect(serialiseWordList(counts).split('\n')[0]).toBe('қала');
    expect(parseWordList(serialiseWordList(counts)).forms).toContain('колдау');
  });
});

describe('correcting a word the index does not know', () => {
  const ru = list('инвестиций', 'инвестициях', 'экономики', 'экономика', 'кредитования', 'кредитуют', 'коррупции', 'замена', 'лифтов', 'многодетных', 'школьная', 'программа', 'видеоаналитика', 'tesla', 'almaty');
  const kk = list('жастарға', 'сағынтаев', 'денсаулық', 'мектеп', 'экономика');

  it('weighs the slips of Cyrillic typists less than other edits', () => {
    expect(editCost('инвестицыи', 'инвестиции')).toBe(0.5); // и/ы
    expect(editCost('экономеки', 'экономики')).toBe(0.5); // unstressed е/и
    expect(editCost('плащядь', 'площадь')).toBe(1.5); // а/о, then я for а, which is no slip
    expect(editCost('плащадь', 'площадь')).toBe(0.5); // unstressed а/о
    expect(editCost('програма', 'программа')).toBe(0.5); // a doubled letter
    expect(editCost('кредт', 'кредит')).toBe(1); // a missing letter
    expect(editCost('кердит', 'кредит')).toBe(0.75); // two letters swapped
    expect(editCost('абвгд', 'кредит', 2)).toBe(Infinity);
  });

  it('corrects typos inside words and missing letters, to the word as the text writes it', () => {
    expect(correctWord('инвестицыи', ru)).toBe('инвестиций');
    expect(correctWord('экономеки', ru)).toBe('экономики');
    expect(correctWord('корруция', ru)).toBe('коррупции');
    expect(correctWord('замеа', ru)).toBe('замена');
    expect(correctWord('видиоаналитика', ru)).toBe('видеоаналитика');
    expect(correctWord('жасторға', kk)).toBe('жастарға');
    expect(correctWord('денсаулиқ', kk)).toBe('денсаулық');
  });

  it('may leave off the end of a listed word, for an inflection typed differently', () => {
    expect(nearestStart('кредт', 'кредитуют', 1)).toEqual({ cost: 1 + 3 * 0.01, length: 6 });
    expect(correctWord('кредт', ru)).toBe('кредит');
  });

  it('finds the Kazakh spelling of a name typed the Russian way', () => {
    expect(correctWord('Сагынтаев', kk)).toBeUndefined(); // the same once folded: nothing to correct
    expect(correctWord('Сагинтаев', kk)).toBe('сағынтаев');
  });

  it('leaves alone short words, numbers, Latin names, and words the index knows in any form', () => {
    expect(correctWord('кот', ru)).toBeUndefined();
    expect(maxCost(3)).toBe(0);
    expect(correctWord('2025', ru)).toBeUndefined();
    expect(correctWord('Tesla', ru)).toBeUndefined();
    expect(correctWord('Teslo', ru)).toBeUndefined();
    expect(correctWord('экономика', ru)).toBeUndefined();
    expect(correctWord('инвестиции', ru)).toBeUndefined(); // инвестиций once folded
    expect(isKnownWord('многодетным', ru)).toBe(true);
    expect(isKnownWord('лифты', ru)).toBe(true);
    expect(isKnownWord('мектептерінде', kk)).toBe(true);
    expect(isKnownWord('замеа', ru)).toBe(false);
  });

  it('gives up on a word with nothing near enough', () => {
    expect(correctWord('абракадабра', ru)).toBeUndefined();
    expect(correctWord('экон', ru)).toBeUndefined(); // a start of a known word: Pagefind finds it as it is
  });

  it('corrects a query word by word, or says there is nothing to correct', () => {
    expect(correctQuery('кредиты экономеки', ru)).toBe('кредиты экономики');
    expect(correctQuery('экономика', ru)).toBeUndefined();
    expect(correctQuery('!!! ??? 😀', ru)).toBeUndefined();
  });

  it('answers a long query in time', () => {
    const big = parseWordList(readFileSync(path.join(DIST, 'pagefind', 'words-ru.txt'), 'utf8'));
    const started = performance.now();
    correctQuery('инвестицыи экономеки коррупцыя подстонция амбулотории видеоанолитика профориинтация кардиоотдиления фронт-афисов опаснасти кредитавания граждонский', big);
    // Not a timing test: a loop gone wrong (exponential, or every pair of words) takes seconds, not milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a query typed on the wrong keyboard layout', () => {
  it('reads Latin keys as the ЙЦУКЕН letters on them, punctuation keys and hyphens included', () => {
    expect(fromLatinLayout('rhtlbn')).toBe('кредит');
    expect(fromLatinLayout('rhtlbns lkz ,bpytcf')).toBe('кредиты для бизнеса');
    expect(fromLatinLayout('ahjyn-jabcjd')).toBe('фронт-офисов');
    expect(fromLatinLayout('RHTLBN')).toBe('кредит');
  });

  it('keeps numbers and Cyrillic words, and converts nothing in a query without Latin-key words', () => {
    expect(fromLatinLayout('rhtlbn 2025')).toBe('кредит 2025');
    expect(fromLatinLayout('Алматы 2025')).toBeUndefined();
    expect(fromLatinLayout('Báıterek')).toBeUndefined();
    expect(fromLatinLayout('!!!')).toBeUndefined();
  });

  it('shows a converted word with its Kazakh letters when the index has it', () => {
    expect(asListed('денсаулык', list('денсаулық'))).toBe('денсаулық');
    expect(asListed('кредит', list('денсаулық'))).toBe('кредит');
  });
});

describe('question and filler words', () => {
  it('are left out of a query that has other words, in both languages', () => {
    expect(contentWords('какая помощь положена многодетным')).toBe('помощь многодетным');
    expect(contentWords('жастарға пәтерді қайдан алуға болады')).toBe('жастарға пәтерді');
    expect(contentWords('Qoldau деген не?')).toBe('Qoldau');
    expect(isQuestionWord('Қалай')).toBe(true);
  });

  it('stay when nothing else is left, and content words are never taken for them', () => {
    expect(contentWords('как')).toBe('как');
    expect(contentWords('что где когда')).toBe('что где когда');
    expect(isQuestionWord('кредит')).toBe(false);
    expect(isQuestionWord('Алматы')).toBe(false);
  });
});

describe('names across languages (content/names.yaml)', () => {
  const names = readNameRecords(process.cwd()).map((n) => n.data);

  it('is read with its schema and pairs every name', () => {
    expect(names.length).toBeGreaterThan(5);
    expect(names.find((n) => n.ru === 'Сагинтаев')?.kk).toBe('Сағынтаев');
  });

  it('turns a name in the other language, inflected too, into the spelling of the page', () => {
    const kk = termTranslations(names, 'kk');
    const ru = termTranslations(names, 'ru');
    expect(translateQuery('Сагинтаев', kk)).toBe('Сағынтаев');
    expect(translateQuery('Сагинтаева', kk)).toBe('Сағынтаев');
    expect(translateQuery('Ауэзовский район', kk)).toMatch(/^Әуезов /);
    expect(translateQuery('Сағынтаевтың', ru)).toBe('Сагинтаев');
    expect(translateQuery('Кемелұлы', ru)).toBe('Кемелович');
  });
});
