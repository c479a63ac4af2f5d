import { describe, expect, it } from 'vitest';
import { recordProblem } from '@/scripts/admin/record-check';

// The checks across fields the editor makes before saving an assessment (the build makes them again).
describe('an assessment is stopped before saving, with the field to fill named', () => {
  const source = { url: 'https://example.kz/a', publisher: 'Пример', published: '2020-02-03', title: 'Заголовок', language: 'ru' };

  it('needs a source for every status but no-report-found', () => {
    expect(recordProblem([{ status: 'in-progress', date: '2020-02-03', sources: [] }])).toMatch(/заполните «Источники · Дереккөздер» — статус «Выполняется · Орындалуда» требует/);
    expect(recordProblem([{ status: 'in-progress', date: '2020-02-03' }])).toMatch(/«Источники · Дереккөздер»/);
    expect(recordProblem([{ status: 'no-report-found', date: '2026-12-06', sources: [] }])).toBeUndefined();
    expect(recordProblem([{ status: 'in-progress', date: '2020-02-03', sources: [source] }])).toBeUndefined();
  });

  it('needs when it was achieved for done, and the replacement in both languages for replaced', () => {
    expect(recordProblem([{ status: 'done', date: '2020-02-03', achieved: '', sources: [source] }])).toMatch(/«Когда выполнено · Қашан орындалды»/);
    expect(recordProblem([{ status: 'done', date: '2020-02-03', achieved: '2019-12', sources: [source] }])).toBeUndefined();
    expect(recordProblem([{ status: 'replaced', date: '2020-02-03', sources: [source], replacedBy: { name: { ru: 'Программа', kk: '' } } }])).toMatch(/«Чем заменено · Немен ауыстырылды» на обоих языках/);
  });

  it('allows one assessment of a commitment per day', () => {
    const record = { status: 'in-progress', date: '2020-02-03', sources: [source] };
    expect(recordProblem([record, { ...record }])).toMatch(/две оценки одного обещания с одной датой/);
  });
});
