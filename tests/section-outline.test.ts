import { describe, expect, it } from 'vitest';
import type { Block } from '../src/lib/blocks';
import { excerpt, sectionOutline } from '../src/lib/section-outline';

const paragraphs = (from: number, to: number): Block[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ kind: 'paragraph', id: `s-${from + i}`, number: from + i, line: 0, text: `Абзац номер ${from + i} текста` }));

describe('section outline', () => {
  it('splits a long run of paragraphs into balanced ranges of at most maxRun', () => {
    const ranges = sectionOutline(paragraphs(1, 19), { maxRun: 8 }).map((e) => (e.kind === 'range' ? [e.from, e.to] : e.kind));
    expect(ranges).toEqual([[1, 7], [8, 13], [14, 19]]);
  });

  it('starts a new range at every heading and break, and lists the heading', () => {
    const blocks: Block[] = [...paragraphs(1, 3), { kind: 'break', line: 0, text: '' }, ...paragraphs(4, 5), { kind: 'heading', id: 's-h1', line: 0, text: 'Жилищная политика' }, ...paragraphs(6, 6)];
    const outline = sectionOutline(blocks, { maxRun: 8 });
    expect(outline.map((e) => (e.kind === 'range' ? `${e.from}–${e.to}` : e.text))).toEqual(['1–3', '4–5', 'Жилищная политика', '6–6']);
    expect(outline[0]).toMatchObject({ id: 's-1', from: 1, to: 3, excerpt: 'Абзац номер 1 текста' });
  });

  it('cuts excerpts at a word boundary', () => {
    expect(excerpt('Сегодня экономика Алматы растет в среднем на 3% ежегодно.', 24)).toBe('Сегодня экономика Алматы…');
    expect(excerpt('Коротко.', 24)).toBe('Коротко.');
    expect(excerpt('Одно, два, три четыре', 11)).toBe('Одно, два…');
  });
});
