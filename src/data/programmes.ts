import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/languages';
import { createMentionMatcher } from '../lib/mentions';
import { oncePerKey } from '../lib/once-per-key';
import { relatedBothWays } from '../lib/related';
import { sectionBlocksOf, speechSections } from './speech';

export type ProgrammeEntry = CollectionEntry<'programmes'> & { slug: string };

/** One paragraph of the speech that names a programme. */
export interface ProgrammeMention {
  sectionSlug: string;
  sectionTitle: string;
  paragraphId: string;
  number: number;
  text: string;
}

/**
 * All programmes in one language, ordered by priority, then `order`, then name; read once per build,
 * since every programme page lists related programmes.
 * @example (await programmes('kk')).map((p) => p.slug)
 */
export const programmes = oncePerKey(async (lang: Lang): Promise<ProgrammeEntry[]> => {
  const entries = await getCollection('programmes', (e) => e.id.startsWith(`${lang}/`));
  return entries
    .map((e) => Object.assign(e, { slug: e.id.slice(lang.length + 1) }))
    .sort(
      (a, b) =>
        a.data.priorities[0]! - b.data.priorities[0]! || a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, lang),
    );
});

/**
 * Every paragraph of the speech that names each programme, found with the same matching that links
 * the speech to the programme pages, so the two can never disagree.
 * @example (await programmeMentions('ru')).get('qoldau')?.[0]?.paragraphId // 'economy-8'
 */
export const programmeMentions = oncePerKey(async (lang: Lang): Promise<Map<string, ProgrammeMention[]>> => {
  const list = await programmes(lang);
  const matcher = createMentionMatcher(list.map((p) => ({ slug: p.slug, match: p.data.match })));
  const mentions = new Map<string, ProgrammeMention[]>(list.map((p) => [p.slug, []]));
  for (const section of await speechSections(lang)) {
    for (const block of sectionBlocksOf(section)) {
      if (block.kind !== 'paragraph') continue;
      for (const m of matcher.find(block.text)) {
        mentions.get(m.slug)!.push({
          sectionSlug: section.slug,
          sectionTitle: section.data.title,
          paragraphId: block.id!,
          number: block.number!,
          text: block.text,
        });
      }
    }
  }
  return mentions;
});

/**
 * Related programmes of each programme, both ways: if A names B, B also shows A.
 * @example (await relatedProgrammes('ru')).get('qoldau')
 */
export const relatedProgrammes = oncePerKey(async (lang: Lang): Promise<Map<string, string[]>> => {
  const list = await programmes(lang);
  return relatedBothWays(list.map((p) => ({ slug: p.slug, related: p.data.related })));
});
