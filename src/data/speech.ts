import { getCollection, type CollectionEntry } from 'astro:content';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { sectionBlocks, type Block } from '../lib/blocks';
import { oncePerKey } from '../lib/once-per-key';
import type { Lang } from '../lib/languages';

export type SpeechEntry = CollectionEntry<'speech'>;

/**
 * All sections of the speech in one language, in reading order.
 * @example (await speechSections('ru')).map((s) => s.slug) // ['index', 'state', ...]
 */
export async function speechSections(lang: Lang): Promise<Array<SpeechEntry & { slug: string }>> {
  const entries = await getCollection('speech', (entry) => entry.id.startsWith(`${lang}/`));
  return entries
    .map((entry) => Object.assign(entry, { slug: entry.id.slice(lang.length + 1) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/**
 * One section of the speech; throws if it does not exist (the content checks make that impossible).
 * @example (await speechSection('kk', 'economy')).data.title
 */
export async function speechSection(lang: Lang, slug: string): Promise<SpeechEntry & { slug: string }> {
  const section = (await speechSections(lang)).find((s) => s.slug === slug);
  if (!section) throw new Error(`No speech section content/speech/${lang}/${slug}.mdx`);
  return section;
}

/**
 * The numbered blocks of a section (paragraph ids and texts), the same numbering the rendered page uses;
 * also the blocks of any other MDX entry (a programme page).
 * @example sectionBlocksOf(entry).filter((b) => b.kind === 'paragraph').length
 */
export function sectionBlocksOf(entry: { slug: string; body?: string }): Block[] {
  return blocksOfBody(`${entry.slug}\n${entry.body ?? ''}`);
}

// Many pages list paragraph counts of every section: parse each section body once per build.
const blocksOfBody = oncePerKey((key: string): Block[] => {
  const [slug, ...body] = key.split('\n');
  return sectionBlocks(fromMarkdown(body.join('\n')), slug!).map(({ node: _node, ...block }) => block);
});
