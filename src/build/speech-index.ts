import { sectionBlocks, type Block } from '../lib/blocks';
import { assertAligned, AlignmentError } from '../lib/alignment';
import { LANGS, type Lang } from '../lib/languages';
import { SECTION_SLUGS } from '../lib/speech-sections';
import type { Root, RootContent } from 'mdast';
import { ContentError, listCollection, parseBody, type ContentFile } from './content-files';

/** The speech as read from `content/speech`: each section's blocks in each language. */
export interface SpeechIndex {
  sections: Array<{ slug: string; files: Record<Lang, ContentFile>; blocks: Record<Lang, Block[]> }>;
  /** Paragraph id → its text in each language. */
  paragraphs: Map<string, Record<Lang, string>>;
}

const ALLOWED = new Set(['paragraph', 'heading', 'thematicBreak']);

// What an editor typed, for the message: Markdown names its nodes, editors see the characters.
const MARKUP_NAMES: Record<string, string> = {
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'bold (**…**)',
  delete: 'strike-through (~~…~~)',
  inlineCode: 'code (`…`)',
  link: 'a link ([…](…))',
  linkReference: 'a link reference ([…][…])',
  image: 'an image (![…](…))',
  html: 'HTML',
  break: 'a hard line break (two spaces or \\ at the end of a line)',
};

// Paragraphs and headings are published as plain text (the site's ¶ and programme links are added by the
// build; /data/speech.json and speech.tmx carry the text alone), so markup typed into them would show on
// the page and be lost from the data: the text must be text.
function assertNoInlineMarkup(file: ContentFile, node: RootContent): void {
  if (node.type !== 'paragraph' && node.type !== 'heading') return;
  const markup = node.children.find((child) => child.type !== 'text');
  if (!markup) return;
  const line = markup.position ? markup.position.start.line + file.bodyOffset : node.position?.start.line;
  const what = MARKUP_NAMES[markup.type] ?? markup.type;
  throw new ContentError(
    file.file,
    line,
    `this ${node.type} holds ${what}. The speech is published as plain text, on the site and in /data/speech.json and /data/speech.tmx; remove the markup and write the words alone.`,
  );
}

// Speech files hold plain paragraphs, "## " sub-headings and *** breaks only: ids and links are generated,
// so an id or element typed by hand would clash with them or escape the checks.
function assertPlainText(file: ContentFile, tree: Root): void {
  for (const node of tree.children) {
    if (ALLOWED.has(node.type)) {
      assertNoInlineMarkup(file, node);
      continue;
    }
    const line = node.position?.start.line;
    const id = node.type === 'html' ? /\bid=["']?([^"'\s>]+)/.exec(node.value)?.[1] : undefined;
    throw new ContentError(
      file.file,
      line,
      id
        ? `sets the id "${id}" by hand; paragraph ids are given by order (duplicate ids would break citations). Remove the HTML and write plain text.`
        : `only plain paragraphs, "## " sub-headings and *** breaks are allowed in the speech (found ${node.type}).`,
    );
  }
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
    const trees = { kk: parseBody(pair.kk), ru: parseBody(pair.ru) };
    for (const lang of LANGS) assertPlainText(pair[lang], trees[lang]);
    const blocks = { kk: sectionBlocks(trees.kk, slug), ru: sectionBlocks(trees.ru, slug) };
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
