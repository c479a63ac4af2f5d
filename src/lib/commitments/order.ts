import type { Lang } from '@/lib/languages';

/**
 * The page of one commitment; ids are stable, so the address is too.
 * @example commitmentPath('ru', 'security-cameras-2019') // '/ru/commitments/security-cameras-2019/'
 */
export function commitmentPath(lang: Lang, id: string): string {
  return `/${lang}/commitments/${id}/`;
}

/**
 * Number of a paragraph within its section.
 * @example paragraphNumber('economy-11') // 11
 */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.slice(paragraphId.lastIndexOf('-') + 1));
}

/** What the speech order needs of a commitment. */
interface Placed {
  priority: number;
  paragraph: string;
}

/**
 * Orders commitments as the speech makes them: by priority, then paragraph; the sort is stable, so
 * commitments of one paragraph keep their order in the file.
 * @example [...list].sort(bySpeechOrder)
 */
export function bySpeechOrder(a: Placed, b: Placed): number {
  return a.priority - b.priority || paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph);
}
