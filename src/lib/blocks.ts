import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One top-level block of a speech section, as the reader sees it. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'break';
  /** Stable id shared by both languages: `{slug}-{n}` for paragraphs, `{slug}-h{n}` for headings. */
  id?: string;
  /** 1-based line in the content file, for error messages. */
  line: number;
  text: string;
  /** 1-based position among the section's paragraphs (paragraphs only). */
  number?: number;
}

function kindOf(node: RootContent): Block['kind'] | undefined {
  if (node.type === 'paragraph') return 'paragraph';
  if (node.type === 'heading') return 'heading';
  if (node.type === 'thematicBreak') return 'break';
  return undefined;
}

/**
 * Numbers the top-level blocks of a section in reading order. Ids come from the order alone, so the
 * Kazakh and Russian texts of an aligned section get the same ids without anyone typing them.
 * @example sectionBlocks(fromMarkdown('A\n\n## B\n\nC'), 'state').map((b) => b.id)
 * // ['state-1', 'state-h1', 'state-2']
 */
export function sectionBlocks(tree: Root, slug: string): Array<Block & { node: RootContent }> {
  let paragraphs = 0;
  let headings = 0;
  const blocks: Array<Block & { node: RootContent }> = [];
  for (const node of tree.children) {
    const kind = kindOf(node);
    if (!kind) continue;
    const line = node.position?.start.line ?? 0;
    const text = toString(node);
    if (kind === 'paragraph') {
      paragraphs += 1;
      blocks.push({ kind, id: `${slug}-${paragraphs}`, number: paragraphs, line, text, node });
    } else if (kind === 'heading') {
      headings += 1;
      blocks.push({ kind, id: `${slug}-h${headings}`, line, text, node });
    } else {
      blocks.push({ kind, line, text, node });
    }
  }
  return blocks;
}
