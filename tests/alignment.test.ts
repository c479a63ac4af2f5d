import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { sectionBlocks } from '../src/lib/blocks';
import { assertAligned, AlignmentError } from '../src/lib/alignment';

const blocks = (md: string, slug = 'state') => sectionBlocks(fromMarkdown(md), slug);

describe('paragraph ids', () => {
  it('numbers paragraphs and headings separately, skipping breaks', () => {
    const ids = blocks('Один.\n\n## Раздел\n\nДва.\n\n***\n\nТри.').map((b) => b.id ?? b.kind);
    expect(ids).toEqual(['state-1', 'state-h1', 'state-2', 'break', 'state-3']);
  });

  it('gives aligned translations the same ids', () => {
    const kk = blocks('Бір.\n\n## Бөлім\n\nЕкі.').map((b) => b.id);
    const ru = blocks('Один.\n\n## Раздел\n\nДва.').map((b) => b.id);
    expect(kk).toEqual(ru);
  });
});

describe('alignment', () => {
  it('accepts sections with the same blocks in the same order', () => {
    expect(() =>
      assertAligned({ file: 'kk/state.mdx', blocks: blocks('А.\n\nБ.') }, { file: 'ru/state.mdx', blocks: blocks('A.\n\nB.') }),
    ).not.toThrow();
  });

  it('names both files, the line and the counts when a paragraph is missing', () => {
    const kk = { file: 'content/speech/kk/state.mdx', blocks: blocks('Бір.\n\nЕкі.\n\nҮш.') };
    const ru = { file: 'content/speech/ru/state.mdx', blocks: blocks('Один.\n\nДва.') };
    expect(() => assertAligned(kk, ru)).toThrow(AlignmentError);
    expect(() => assertAligned(kk, ru)).toThrow(/block 3 differs.*content\/speech\/kk\/state\.mdx:5 has a paragraph; content\/speech\/ru\/state\.mdx has nothing more/s);
    expect(() => assertAligned(kk, ru)).toThrow(/kk\/state\.mdx: 3 paragraphs.*ru\/state\.mdx: 2 paragraphs/s);
  });

  it('reports a heading where the translation has a paragraph', () => {
    const kk = { file: 'kk/social.mdx', blocks: blocks('Бір.\n\n## Саясат\n\nЕкі.') };
    const ru = { file: 'ru/social.mdx', blocks: blocks('Один.\n\nПолитика\n\nДва.') };
    expect(() => assertAligned(kk, ru)).toThrow(/kk\/social\.mdx:3 has a heading; ru\/social\.mdx:3 has a paragraph/);
  });
});
