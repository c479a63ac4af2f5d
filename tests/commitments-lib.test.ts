import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../src/lib/bar-chart';
import { countByDeadlineYear } from '../src/lib/commitments/counts';
import { deadlineEnd, deadlinePrecision } from '../src/lib/commitments/deadline';
import { isCalendarDate } from '../src/lib/content-schemas';
import { toCsv } from '../src/lib/csv';
import { formatDeadline, formatNumber, formatQuantity } from '../src/lib/format';
import { commitmentsJsonSchema } from '../src/lib/open-data';
import { compareRows, readTableState, rowMatches, writeTableState, type RowFacts } from '../src/lib/table-state';

describe('toCsv (RFC 4180)', () => {
  it('quotes only what needs quoting, doubles quotes, ends every record with CRLF', () => {
    expect(toCsv([['id', 'text'], ['a', 'plain'], ['b', 'Say "hi", twice'], ['c', 'two\nlines']])).toBe(
      'id,text\r\na,plain\r\nb,"Say ""hi"", twice"\r\nc,"two\nlines"\r\n',
    );
  });

  it('reads back unchanged through an independent CSV parser', () => {
    const rows = [['id', 'kk', 'ru'], ['x', '«Нұрлы жер» аясында 1 020 пәтер', 'Сдать 30 домов (1 020 квартир), "под ключ"'], ['y', '', 'a\r\nb']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('deadlines', () => {
  it('know their precision and the last day they allow', () => {
    expect(['2020', '2019-10', '2019-12-31'].map(deadlinePrecision)).toEqual(['year', 'month', 'day']);
    expect(['2020', '2019-10', '2020-02', '2019-12-31'].map(deadlineEnd)).toEqual(['2020-12-31', '2019-10-31', '2020-02-29', '2019-12-31']);
    expect(() => deadlinePrecision('19')).toThrow(/not an ISO date/);
  });

  it('refuse dates that are not in the calendar', () => {
    expect(['2019', '2019-10', '2020-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2019-13', '2019-02-29', '2019-04-31'].some(isCalendarDate)).toBe(false);
  });

  it('are written at their own precision in each language', () => {
    expect(formatDeadline('2020', 'ru')).toBe('2020');
    expect(formatDeadline('2019-10', 'ru')).toBe('октябрь 2019 г.');
    expect(formatDeadline('2019-10', 'kk')).toBe('2019 ж. қазан');
  });

  it('are counted by year, undated last', () => {
    expect(countByDeadlineYear([{}, { deadline: '2020' }, { deadline: '2019-10' }, { deadline: '2020' }])).toEqual([
      { year: 2019, count: 1 },
      { year: 2020, count: 2 },
      { year: undefined, count: 1 },
    ]);
  });
});

describe('numbers per locale', () => {
  it('group thousands with a no-break space and use a decimal comma, in both languages', () => {
    for (const lang of ['kk', 'ru'] as const) {
      expect(formatNumber(1020, lang)).toBe('1\u00a0020');
      expect(formatNumber(4.5, lang)).toBe('4,5');
    }
  });

  it('keep a quantity with its unit, and "%" with its number', () => {
    expect(formatQuantity({ value: 1020, unit: { kk: 'пәтер', ru: 'квартир' } }, 'kk')).toBe('1\u00a0020\u00a0пәтер');
    expect(formatQuantity({ value: 5, unit: { kk: '%', ru: '%' } }, 'ru')).toBe('5%');
  });
});

describe('table state in the URL', () => {
  it('reads and writes filters and sort, leaving defaults out', () => {
    const state = readTableState('?priority=3&programme=qoldau&year=2020&sort=-deadline');
    expect(state).toEqual({ priority: '3', programme: 'qoldau', year: '2020', status: '', sort: { key: 'deadline', descending: true } });
    expect(writeTableState(state)).toBe('?priority=3&programme=qoldau&year=2020&sort=-deadline');
    expect(writeTableState(readTableState('?sort=source'))).toBe('');
    expect(readTableState('?sort=bogus').sort).toEqual({ key: 'source', descending: false });
  });

  const row = (order: number, facts: Partial<RowFacts>): RowFacts => ({ order, priority: '1', programmes: [], year: 'none', status: 'not-assessed', outcome: 'not-assessed', outcomeRank: 9, what: '', ...facts });

  it('filters by priority, programme and year together', () => {
    const r = row(0, { priority: '3', programmes: ['qoldau', 'damu'], year: '2020' });
    expect(rowMatches(r, readTableState('?priority=3&programme=damu&year=2020'))).toBe(true);
    expect(rowMatches(r, readTableState('?priority=3&year=none'))).toBe(false);
    expect(rowMatches(r, readTableState('?programme=almaty-invest'))).toBe(false);
  });

  it('filters by status: a status ("done") takes every outcome of it, an outcome ("done-late") only its own', () => {
    const late = row(0, { status: 'done', outcome: 'done-late', outcomeRank: 1 });
    const onTime = row(1, { status: 'done', outcome: 'done-on-time', outcomeRank: 0 });
    expect([late, onTime].filter((r) => rowMatches(r, readTableState('?status=done'))).map((r) => r.order)).toEqual([0, 1]);
    expect([late, onTime].filter((r) => rowMatches(r, readTableState('?status=done-late'))).map((r) => r.order)).toEqual([0]);
    expect(rowMatches(row(2, {}), readTableState('?status=done'))).toBe(false);
    expect(writeTableState(readTableState('?status=done-late&sort=status'))).toBe('?status=done-late&sort=status');
  });

  it('sorts by status in the order of the scoreboard, done first', () => {
    const rows = [row(0, {}), row(1, { status: 'done', outcome: 'done-late', outcomeRank: 1 }), row(2, { status: 'in-progress', outcome: 'in-progress', outcomeRank: 4 })];
    expect([...rows].sort(compareRows({ key: 'status', descending: false }, new Intl.Collator('ru'))).map((r) => r.order)).toEqual([1, 2, 0]);
  });

  it('sorts rows without a value last in both directions, ties in speech order', () => {
    const rows = [row(0, {}), row(1, { quantity: 600 }), row(2, { quantity: 20 }), row(3, { quantity: 600 })];
    const collator = new Intl.Collator('ru');
    const order = (descending: boolean) => [...rows].sort(compareRows({ key: 'quantity', descending }, collator)).map((r) => r.order);
    expect(order(false)).toEqual([2, 1, 3, 0]);
    expect(order(true)).toEqual([1, 3, 2, 0]);
    const byText = [row(0, { what: 'Өңір' }), row(1, { what: 'Әкім' }), row(2, { what: 'Алма' })];
    expect([...byText].sort(compareRows({ key: 'what', descending: false }, new Intl.Collator('kk'))).map((r) => r.order)).toEqual([2, 1, 0]);
  });
});

describe('layoutBarChart', () => {
  const groups = [
    { title: 'a', bars: [{ label: 'x', value: 4.5 }, { label: 'y', value: 31 }] },
    { title: 'b', bars: [{ label: 'z', value: 10 }] },
  ];

  it('shares one scale when asked, so bars compare across groups', () => {
    const { groups: placed } = layoutBarChart(groups, { sharedScale: true });
    expect(placed[0]!.bars[1]!.widthPercent).toBeCloseTo(78);
    expect(placed[1]!.bars[0]!.widthPercent).toBeCloseTo((78 * 10) / 31);
  });

  it('scales each group on its own otherwise', () => {
    const { groups: placed } = layoutBarChart(groups, { sharedScale: false });
    expect(placed[1]!.bars[0]!.widthPercent).toBeCloseTo(78);
  });

  it('spaces rows evenly, whatever the number of bars in a group', () => {
    const layout = layoutBarChart(groups, { sharedScale: true });
    const [first, second] = layout.groups;
    expect(first!.bars[0]!.labelY - first!.titleY!).toBeCloseTo(second!.bars[0]!.labelY - second!.titleY!);
    expect(first!.bars[1]!.labelY - first!.bars[0]!.labelY).toBeGreaterThan(layout.barHeight);
  });

  it('stacks titles, labels and bars without overlap, inside its height', () => {
    const layout = layoutBarChart(groups, { sharedScale: true });
    const bars = layout.groups.flatMap((g) => g.bars);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.labelY).toBeGreaterThan(bars[i - 1]!.barY + layout.barHeight);
    expect(layout.groups[1]!.titleY!).toBeGreaterThan(bars[1]!.barY + layout.barHeight);
    expect(bars.at(-1)!.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
  });
});

describe('commitmentsJsonSchema', () => {
  it('is a draft 2020-12 schema requiring every field of a record', () => {
    const schema = commitmentsJsonSchema() as { $schema: string; properties: { commitments: { items: { required: string[] } } } };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.commitments.items.required).toEqual(expect.arrayContaining(['id', 'text', 'quantity', 'deadline', 'status', 'links']));
  });
});
