import { sectionBlocks, type Block } from '../lib/blocks';
import { assertAligned, AlignmentError } from '../lib/alignment';
import { LANGS, type Lang } from '../lib/languages';
import { SECTION_SLUGS } from '../lib/speech-sections';
import { ContentError, listCollection, parseBody, type ContentFile } from './content-files';

/** The speech as read from `content/speech`: each section's blocks in each language. */
export interface SpeechIndex {
  sections: Array<{ slug: string; files: Record<Lang, ContentFile>; blocks: Record<Lang, Block[]> }>;
  /** Paragraph id → its text in each language. */
  paragraphs: Map<string, Record<Lang, string>>;
}

/**
 * Reads every speech section in both languages and checks that they exist and line up.
 * Throws a ContentError naming the file where anything is missing or out of step.
 * @example readSpeech(process.cwd()).paragraphs.get('economy-8')?.ru
 */
export function readSpeech(root: string): SpeechIndex {
  const files = listCollection(root, 'speech');
  const index: SpeechIndex = { sections: [], paragraphs: new Map() };
  for (const file of files) {
    if (!(SECTION_SLUGS as readonly string[]).includes(file.slug)) {
      throw new ContentError(file.file, undefined, `unknown speech section "${file.slug}"; the sections are ${SECTION_SLUGS.join(', ')}`);
    }
  }
  for (const slug of SECTION_SLUGS) {
    const pair = {} as Record<Lang, ContentFile>;
    for (const lang of LANGS) {
      const file = files.find((f) => f.slug === slug && f.lang === lang);
      if (!file) throw new ContentError(`content/speech/${lang}/${slug}.mdx`, undefined, `missing: every speech section needs a Kazakh and a Russian file (translation of content/speech/${lang === 'kk' ? 'ru' : 'kk'}/${slug}.mdx)`);
      pair[lang] = file;
    }
    const blocks = { kk: sectionBlocks(parseBody(pair.kk), slug), ru: sectionBlocks(parseBody(pair.ru), slug) };
    try {
      assertAligned({ file: pair.kk.file, blocks: blocks.kk }, { file: pair.ru.file, blocks: blocks.ru });
    } catch (error) {
      if (error instanceof AlignmentError) throw new ContentError(pair.kk.file, undefined, error.message);
      throw error;
    }
    blocks.kk.forEach((block, i) => {
      if (block.kind === 'paragraph' && block.id) {
        index.paragraphs.set(block.id, { kk: block.text, ru: blocks.ru[i]?.text ?? '' });
      }
    });
    index.sections.push({ slug, files: pair, blocks });
  }
  return index;
}
