import { describe, expect, it } from 'vitest';
import { createMentionMatcher, findFirstMentions } from '../src/lib/mentions';
import { relatedBothWays } from '../src/lib/related';
import { extractFigures } from '../src/lib/figures';

const patterns = [
  { slug: 'qoldau', match: ['Qoldaý'] },
  { slug: 'damu', match: ['Даму'] },
  { slug: 'almaty-finance', match: ['Almaty Finance', '«Almaty»'] },
];

describe('programme mentions', () => {
  it('finds the first mention of each programme only', () => {
    const found = findFirstMentions('«Qoldaý» и снова «Qoldaý», фонд «Даму»', patterns);
    expect(found.map((m) => m.slug)).toEqual(['qoldau', 'damu']);
    expect(found[0]).toMatchObject({ start: 1, end: 7 });
  });

  it('accepts Kazakh suffixes but not a name inside another word', () => {
    expect(findFirstMentions('«Даму» қорымен, Дамуға', patterns)).toHaveLength(1);
    expect(findFirstMentions('Qoldaý-дың филиалдары', patterns).map((m) => m.slug)).toEqual(['qoldau']);
    expect(findFirstMentions('Экодаму және Дамыту', patterns)).toEqual([]);
  });

  it('prefers the longer of two overlapping names', () => {
    const found = findFirstMentions('компании «Almaty Finance»', [
      { slug: 'city', match: ['Almaty'] },
      { slug: 'almaty-finance', match: ['Almaty Finance'] },
    ]);
    expect(found).toEqual([{ slug: 'almaty-finance', start: 10, end: 24 }]);
  });
});

describe('related programmes', () => {
  it('link both ways without duplicates or self-links', () => {
    const related = relatedBothWays([
      { slug: 'a', related: ['b', 'a'] },
      { slug: 'b', related: ['a'] },
      { slug: 'c', related: ['a'] },
    ]);
    expect(related.get('a')).toEqual(['b', 'c']);
    expect(related.get('b')).toEqual(['a']);
    expect(related.get('c')).toEqual(['a']);
  });
});

describe('figures', () => {
  it('reads grouped thousands, decimal commas and ranges', () => {
    expect(extractFigures('с 4,5 млрд. до 10,5 млрд, 1 020 квартир, 2-3 года, 82,6%')).toEqual(['4.5', '10.5', '1020', '2', '3', '82.6']);
  });

  it('does not glue a year to the number after it', () => {
    expect(extractFigures('в 2019 году 3 млрд')).toEqual(['2019', '3']);
  });
});

describe('the mention matcher', () => {
  it('skips programmes already linked in the paragraph', () => {
    const matcher = createMentionMatcher(patterns);
    expect(matcher.find('«Qoldaý» и «Даму»', new Set(['qoldau'])).map((m) => m.slug)).toEqual(['damu']);
  });

  it('falls back to a shorter name when the longer one belongs to a programme already seen', () => {
    const matcher = createMentionMatcher([
      { slug: 'long', match: ['Almaty Finance'] },
      { slug: 'short', match: ['Almaty'] },
    ]);
    expect(matcher.find('Almaty Finance', new Set(['long']))).toEqual([{ slug: 'short', start: 0, end: 6 }]);
  });
});
