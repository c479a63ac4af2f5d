import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import { sectionBlocks } from '../lib/blocks';
import { speechFileOf } from './speech-file';

/**
 * Gives every paragraph and heading of a speech section its stable id (`economy-12`, `social-h1`) and
 * a ¶ link to itself, so that any paragraph can be cited. Other Markdown files are left alone.
 * @example unified({ remarkPlugins: [remarkParagraphIds] })
 */
export function remarkParagraphIds() {
  return (tree: Root, file: VFile) => {
    const speech = speechFileOf(file.path);
    if (!speech) return;
    const t = useTranslations(speech.lang);
    for (const block of sectionBlocks(tree, speech.slug)) {
      if (!block.id) continue;
      const node = block.node as { data?: Record<string, unknown> };
      const data = (node.data ??= {});
      const hProperties = (data.hProperties ??= {}) as Record<string, unknown>;
      hProperties.id = block.id;
      if (block.kind !== 'paragraph' || block.node.type !== 'paragraph') continue;
      const link: Link = {
        type: 'link',
        url: `#${block.id}`,
        children: [{ type: 'text', value: '¶' }],
        data: { hProperties: { 'aria-label': t('speech.paragraph_link', { number: block.number }) } },
      };
      block.node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
