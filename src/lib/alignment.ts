import type { Block } from './blocks';

/** A section in one language, ready to be compared with its translation. */
export interface SectionText {
  /** Path of the content file, relative to the project, for messages. */
  file: string;
  /** Line where the body starts in the file (after frontmatter), 1-based. */
  blocks: Block[];
}

/** Why two language versions of a section do not line up. */
export class AlignmentError extends Error {}

const KIND_NAMES: Record<Block['kind'], string> = {
  paragraph: 'a paragraph',
  heading: 'a heading',
  break: 'a *** break',
};

/**
 * Checks that two language versions of a section have the same blocks in the same order, so that
 * paragraph ids mean the same text in both. Throws an AlignmentError naming both files and the first
 * line where they part.
 * @example assertAligned({ file: 'kk/state.mdx', blocks: kk }, { file: 'ru/state.mdx', blocks: ru })
 */
export function assertAligned(a: SectionText, b: SectionText): void {
  const length = Math.max(a.blocks.length, b.blocks.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.blocks[i];
    const y = b.blocks[i];
    if (x && y && x.kind === y.kind) continue;
    const count = (s: SectionText, kind: Block['kind']) => s.blocks.filter((bl) => bl.kind === kind).length;
    const counts = (s: SectionText) =>
      `${count(s, 'paragraph')} paragraphs, ${count(s, 'heading')} headings, ${count(s, 'break')} breaks`;
    const where = (s: SectionText, bl: Block | undefined) =>
      bl ? `${s.file}:${bl.line} has ${KIND_NAMES[bl.kind]}` : `${s.file} has nothing more`;
    throw new AlignmentError(
      `Translation out of step: block ${i + 1} differs. ${where(a, x)}; ${where(b, y)}.\n` +
        `  ${a.file}: ${counts(a)}\n  ${b.file}: ${counts(b)}\n` +
        '  Each paragraph, heading and *** must have exactly one counterpart in the other language, in the same order.',
    );
  }
}
