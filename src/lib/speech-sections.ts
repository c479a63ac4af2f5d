import { LANGS } from './languages';

/**
 * Speech sections in reading order. The slugs are part of the URL contract
 * (`/{lang}/speech/{slug}/`) and of every paragraph id (`{slug}-{n}`).
 */
export const SECTION_SLUGS = ['index', 'state', 'security', 'economy', 'social', 'regions'] as const;

export type SectionSlug = (typeof SECTION_SLUGS)[number];

/** The five priority sections, without the introduction. */
export const PRIORITY_SLUGS = SECTION_SLUGS.slice(1) as Exclude<SectionSlug, 'index'>[];

/**
 * Path of a speech section, optionally pointing at one paragraph.
 * @example sectionPath('ru', 'economy', 'economy-8') // '/ru/speech/economy/#economy-8'
 */
export function sectionPath(lang: string, slug: string, paragraphId?: string): string {
  const base = slug === 'index' ? `/${lang}/speech/` : `/${lang}/speech/${slug}/`;
  return paragraphId ? `${base}#${paragraphId}` : base;
}

/**
 * The section a paragraph id belongs to.
 * @example sectionOfParagraph('economy-12') // 'economy'
 */
export function sectionOfParagraph(paragraphId: string): string {
  return paragraphId.replace(/-(h)?\d+$/, '');
}

/**
 * Static paths for a route that exists once per language and priority section.
 * @example export const getStaticPaths = prioritySectionPaths; // /kk/speech/state/ … /ru/speech/regions/
 */
export function prioritySectionPaths() {
  return LANGS.flatMap((lang) => PRIORITY_SLUGS.map((slug) => ({ params: { lang, slug } })));
}
