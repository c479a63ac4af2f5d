import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { ProgrammeIndex } from '../build/programme-index';
import { createMentionMatcher, type MentionMatcher } from '../lib/mentions';
import { speechFileOf } from './speech-file';

function linkMentions(children: PhrasingContent[], matcher: MentionMatcher, lang: 'kk' | 'ru', seen: Set<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'link') {
      out.push(child);
      continue;
    }
    if (child.type !== 'text') {
      if ('children' in child) child.children = linkMentions(child.children as PhrasingContent[], matcher, lang, seen) as never;
      out.push(child);
      continue;
    }
    let cursor = 0;
    for (const mention of matcher.find(child.value, seen)) {
      seen.add(mention.slug);
      if (mention.start > cursor) out.push({ type: 'text', value: child.value.slice(cursor, mention.start) });
      const text: Text = { type: 'text', value: child.value.slice(mention.start, mention.end) };
      out.push({
        type: 'link',
        url: `/${lang}/programmes/${mention.slug}/`,
        children: [text],
        data: { hProperties: { className: ['programme-link'], 'data-programme': mention.slug } },
      });
      cursor = mention.end;
    }
    if (cursor < child.value.length) out.push(cursor === 0 ? child : { type: 'text', value: child.value.slice(cursor) });
  }
  return out;
}

/**
 * Links the first mention of each programme in every paragraph of the speech to the programme's page,
 * using the exact names from the programme files of the same language. Headings and existing links
 * are never touched, so nobody writes programme links by hand.
 * @example unified({ remarkPlugins: [[remarkProgrammeLinks, { programmes }]] })
 */
export function remarkProgrammeLinks(options: { programmes: ProgrammeIndex }) {
  const matchers = { kk: createMentionMatcher(options.programmes.kk), ru: createMentionMatcher(options.programmes.ru) };
  return (tree: Root, file: VFile) => {
    const speech = speechFileOf(file.path);
    if (!speech) return;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      node.children = linkMentions(node.children, matchers[speech.lang], speech.lang, new Set());
    }
  };
}
