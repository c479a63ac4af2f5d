import { z } from 'astro/zod';
import type { Block } from '../blocks';
import type { Localized } from '@/lib/languages';
import { LANGS, type Lang } from '../languages';
import { originalSegments } from '../original-language';
import { localized } from '../open-data';
import { absoluteUrl } from '../paths';
import { SECTION_SLUGS, sectionPath } from '../speech-sections';

const lang = z.enum(LANGS);
const original = lang.describe('Language the speaker delivered this text in; the other language is a translation');
const translated = z.boolean().describe('True when the text in the other language is a translation made for this site, not words of the speech');

const section = z
  .object({
    id: z.enum(SECTION_SLUGS).describe('Slug of the section: part of its address and of every paragraph id in it'),
    priority: z.number().int().min(0).max(5).describe("Priority of the President's Address (1–5); 0 for the introduction"),
    title: localized('Title of the section (plain text)'),
    lead: localized('News lead under the headline (plain text)').nullable(),
    original: original.describe('Language the title (and lead) were delivered in'),
    translated,
    links: localized('Absolute address of the section'),
  })
  .strict();

const paragraph = z
  .object({
    id: z.string().regex(/^[a-z]+-h?\d+$/).describe('Paragraph id, the same in both languages and the anchor of its address: economy-8, social-h1'),
    kind: z.enum(['paragraph', 'heading']),
    section: z.enum(SECTION_SLUGS),
    number: z.number().int().min(1).nullable().describe('Position among the paragraphs of the section; null for headings'),
    original,
    translated,
    text: localized('The text as the site shows it: plain text, no markup'),
    links: localized('Absolute address of the paragraph'),
  })
  .strict();

/** The whole of `/data/speech.json`; its JSON Schema is generated from this. */
export const speechDocumentSchema = z
  .object({
    $schema: z.url(),
    site: z.url().describe('Address the links point to'),
    languages: z.array(lang).describe('Languages of every text, as keys of the text objects'),
    sections: z.array(section).describe('Sections in reading order'),
    paragraphs: z.array(paragraph).describe('Every paragraph and sub-heading, in reading order'),
  })
  .strict()
  .describe("The Almaty akim's 2019 speech on the President's Address, paragraph by paragraph in Kazakh and Russian");

/** The whole of /data/speech.json. */
export type SpeechDocument = z.infer<typeof speechDocumentSchema>;
/** One paragraph or heading of /data/speech.json. */
export type SpeechParagraph = z.infer<typeof paragraph>;

/** What the export reads of one section: its frontmatter fields and its numbered blocks in both languages. */
export interface SectionSource {
  slug: (typeof SECTION_SLUGS)[number];
  priority: number;
  title: Localized;
  lead: Localized | undefined;
  /** Language of the headline and lead, where it differs from the body's. */
  leadOriginalLanguage: Lang | undefined;
  originalLanguage: Lang;
  originalLanguageFrom: ReadonlyArray<{ paragraph: number; lang: Lang }> | undefined;
  blocks: Record<Lang, Block[]>;
}

/** Where the speech files are published; part of the URL contract. */
export const SPEECH_DATA_PATHS = {
  json: '/data/speech.json',
  schema: '/data/speech.schema.json',
  tmx: '/data/speech.tmx',
} as const;

/**
 * Text as a reader sees it: runs of white space are one space, as a browser shows them.
 * @example plainText(' Алматы –\n крупнейший ') // 'Алматы – крупнейший'
 */
export function plainText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const both = (read: (l: Lang) => string): Localized => ({ kk: read('kk'), ru: read('ru') });

// A heading belongs to the paragraphs under it, so it takes the language they were delivered in.
function sectionParagraphs(source: SectionSource, site: string): SpeechParagraph[] {
  const paragraphCount = source.blocks.ru.filter((b) => b.kind === 'paragraph').length;
  const segments = originalSegments(source.originalLanguage, source.originalLanguageFrom, paragraphCount);
  const languageOf = (n: number) => segments.find((s) => n >= s.from && n <= s.to)?.lang ?? source.originalLanguage;
  let paragraphs = 0;
  return source.blocks.ru.flatMap((block, i): SpeechParagraph[] => {
    if (!block.id || block.kind === 'break') return [];
    if (block.kind === 'paragraph') paragraphs += 1;
    return [
      {
        id: block.id,
        kind: block.kind,
        section: source.slug,
        number: block.number ?? null,
        original: languageOf(Math.min(paragraphs + (block.kind === 'heading' ? 1 : 0), paragraphCount)),
        translated: true,
        text: both((l) => plainText(source.blocks[l][i]?.text ?? '')),
        links: both((l) => absoluteUrl(site, sectionPath(l, source.slug, block.id))),
      },
    ];
  });
}

/**
 * The speech as open data: every section and paragraph, with ids, plain texts in both languages, the
 * language each was delivered in, and absolute links.
 * @example speechDocument(sources, 'https://joldau.example.kz').paragraphs.find((p) => p.id === 'economy-8')?.original // 'ru'
 */
export function speechDocument(sources: ReadonlyArray<SectionSource>, site: string): SpeechDocument {
  return {
    $schema: absoluteUrl(site, SPEECH_DATA_PATHS.schema),
    site,
    languages: [...LANGS],
    sections: sources.map((source) => ({
      id: source.slug,
      priority: source.priority,
      title: both((l) => plainText(source.title[l])),
      lead: source.lead ? both((l) => plainText(source.lead![l])) : null,
      original: source.leadOriginalLanguage ?? source.originalLanguage,
      translated: true,
      links: both((l) => absoluteUrl(site, sectionPath(l, source.slug))),
    })),
    paragraphs: sources.flatMap((source) => sectionParagraphs(source, site)),
  };
}

/**
 * JSON Schema (draft 2020-12) of `/data/speech.json`, derived from the definition the document is typed with.
 * @example speechJsonSchema().properties.paragraphs.type // 'array'
 */
export function speechJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(speechDocumentSchema, { target: 'draft-2020-12' });
}

/** One aligned unit of the translation memory: a title, lead, heading or paragraph. */
export interface AlignedUnit {
  id: string;
  kind: 'title' | 'lead' | SpeechParagraph['kind'];
  section: string;
  original: Lang;
  text: Localized;
}

/**
 * Every aligned text of the speech in reading order: each section's title and lead, then its headings
 * and paragraphs. Titles and leads have ids of their own (`economy-title`, `index-lead`).
 * @example alignedUnits(document)[0]?.id // 'index-title'
 */
export function alignedUnits(document: SpeechDocument): AlignedUnit[] {
  return document.sections.flatMap((s) => [
    { id: `${s.id}-title`, kind: 'title' as const, section: s.id, original: s.original, text: s.title },
    ...(s.lead ? [{ id: `${s.id}-lead`, kind: 'lead' as const, section: s.id, original: s.original, text: s.lead }] : []),
    ...document.paragraphs.filter((p) => p.section === s.id).map(({ id, kind, section, original, text }) => ({ id, kind, section, original, text })),
  ]);
}
