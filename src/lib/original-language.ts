import type { Lang } from './languages';

/** A run of paragraphs delivered in one language. */
export interface OriginalSegment {
  from: number;
  to: number;
  lang: Lang;
}

/**
 * Splits a section's paragraphs by the language they were delivered in.
 * @example originalSegments('kk', [{ paragraph: 8, lang: 'ru' }], 9)
 * // [{ from: 1, to: 7, lang: 'kk' }, { from: 8, to: 9, lang: 'ru' }]
 */
export function originalSegments(
  originalLanguage: Lang,
  switches: ReadonlyArray<{ paragraph: number; lang: Lang }> | undefined,
  paragraphCount: number,
): OriginalSegment[] {
  const points = [{ paragraph: 1, lang: originalLanguage }, ...(switches ?? [])]
    .filter((p) => p.paragraph <= paragraphCount)
    .sort((a, b) => a.paragraph - b.paragraph);
  return points.map((point, i) => ({
    from: point.paragraph,
    to: (points[i + 1]?.paragraph ?? paragraphCount + 1) - 1,
    lang: point.lang,
  }));
}
