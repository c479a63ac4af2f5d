import type { Block } from './blocks';

/** One line of a section's "On this page" list: a sub-heading, or a run of paragraphs. */
export type OutlineEntry =
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'range'; id: string; from: number; to: number; excerpt: string };

/**
 * The first words of a text, cut at a word boundary, for a reader to recognise a passage by.
 * @example excerpt('Сегодня экономика Алматы растет в среднем на 3% ежегодно.', 24) // 'Сегодня экономика Алматы…'
 */
export function excerpt(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut.slice(0, maxLength)).replace(/[\s,.:;–—-]+$/, '')}…`;
}

/**
 * A section's outline: its sub-headings, and its paragraphs in runs of at most `maxRun`, split where a
 * heading or a `***` break parts them and balanced in length, so that a long section without headings
 * (economy: 39 paragraphs) still has places to jump to.
 * @example sectionOutline(blocks, { maxRun: 8, excerptLength: 40 })
 * // [{ kind: 'range', id: 'economy-1', from: 1, to: 8, excerpt: 'Президент К.К.Токаев в послании…' }, …]
 */
export function sectionOutline(blocks: Block[], { maxRun = 8, excerptLength = 40 } = {}): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let run: Block[] = [];
  const flush = () => {
    const parts = Math.ceil(run.length / maxRun);
    let start = 0;
    for (let part = 0; part < parts; part += 1) {
      const size = Math.floor(run.length / parts) + (part < run.length % parts ? 1 : 0);
      const chunk = run.slice(start, start + size);
      start += size;
      entries.push({
        kind: 'range',
        id: chunk[0]!.id!,
        from: chunk[0]!.number!,
        to: chunk.at(-1)!.number!,
        excerpt: excerpt(chunk[0]!.text, excerptLength),
      });
    }
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      run.push(block);
      continue;
    }
    flush();
    if (block.kind === 'heading') entries.push({ kind: 'heading', id: block.id!, text: block.text });
  }
  flush();
  return entries;
}
