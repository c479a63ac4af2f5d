import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/languages';
import { findFirstMentions } from '../lib/mentions';
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
 * All programmes in one language, ordered by priority, then `order`, then name.
 * @example (await programmes('kk')).map((p) => p.slug)
 */
export async function programmes(lang: Lang): Promise<ProgrammeEntry[]> {
  const entries = await getCollection('programmes', (e) => e.id.startsWith(`${lang}/`));
  return entries
    .map((e) => Object.assign(e, { slug: e.id.slice(lang.length + 1) }))
    .sort(
      (a, b) =>
        a.data.priorities[0]! - b.data.priorities[0]! || a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, lang),
    );
}

/**
 * Every paragraph of the speech that names each programme, found with the same matching that links
 * the speech to the programme pages, so the two can never disagree.
 * @example (await programmeMentions('ru')).get('qoldau')?.[0]?.paragraphId // 'economy-8'
 */
export function programmeMentions(lang: Lang): Promise<Map<string, ProgrammeMention[]>> {
  // Every programme page asks; the answer is the same for the whole build, so find mentions once.
  let cached = mentionCache.get(lang);
  if (!cached) {
    cached = findProgrammeMentions(lang);
    mentionCache.set(lang, cached);
  }
  return cached;
}

const mentionCache = new Map<Lang, Promise<Map<string, ProgrammeMention[]>>>();

async function findProgrammeMentions(lang: Lang): Promise<Map<string, ProgrammeMention[]>> {
  const list = await programmes(lang);
  const patterns = list.map((p) => ({ slug: p.slug, match: p.data.match }));
  const mentions = new Map<string, ProgrammeMention[]>(list.map((p) => [p.slug, []]));
  for (const section of await speechSections(lang)) {
    for (const block of sectionBlocksOf(section)) {
      if (block.kind !== 'paragraph') continue;
      for (const m of findFirstMentions(block.text, patterns)) {
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
}

/**
 * Related programmes of each programme, both ways: if A names B, B also shows A.
 * @example (await relatedProgrammes('ru')).get('qoldau')
 */
export async function relatedProgrammes(lang: Lang): Promise<Map<string, string[]>> {
  const list = await programmes(lang);
  return relatedBothWays(list.map((p) => ({ slug: p.slug, related: p.data.related })));
}
