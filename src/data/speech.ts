import { getCollection, type CollectionEntry } from 'astro:content';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { sectionBlocks, type Block } from '../lib/blocks';
import type { SectionSource } from '../lib/exports/speech';
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

/**
 * Each section in both languages as the open data export reads it: frontmatter fields and numbered blocks.
 * @example (await sectionSources())[0]?.title.kk
 */
export async function sectionSources(): Promise<SectionSource[]> {
  const [kk, ru] = await Promise.all([speechSections('kk'), speechSections('ru')]);
  return ru.map((r) => {
    const k = kk.find((s) => s.slug === r.slug)!;
    return {
      slug: r.slug as SectionSource['slug'],
      priority: r.data.priority,
      title: { kk: k.data.title, ru: r.data.title },
      lead: r.data.lead && k.data.lead ? { kk: k.data.lead, ru: r.data.lead } : undefined,
      leadOriginalLanguage: r.data.leadOriginalLanguage,
      originalLanguage: r.data.originalLanguage,
      originalLanguageFrom: r.data.originalLanguageFrom,
      blocks: { kk: sectionBlocksOf(k), ru: sectionBlocksOf(r) },
    };
  });
}
