/**
 * The figures (numbers written in digits) of a text, normalised so that "1 020" and "1020", "4,5" and
 * "4.5" compare equal. Thin spaces and no-break spaces inside a number count as group separators.
 * @example extractFigures('с 4,5 млрд до 10,5 млрд, 1 020 квартир, 2-3 года') // ['4.5', '10.5', '1020', '2', '3']
 */
export function extractFigures(text: string): string[] {
  const figures: string[] = [];
  const re = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)?/g;
  for (const m of text.matchAll(re)) {
    figures.push(normaliseFigure(m[0]));
  }
  return figures;
}

/**
 * One figure in canonical form: no group separators, a dot for decimals, no trailing dot.
 * @example normaliseFigure('1 020') // '1020'
 */
export function normaliseFigure(raw: string): string {
  return raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
}

/**
 * The figures of a text that its source does not state, so that a summary cannot carry a number the
 * speech never gave.
 * @example figuresNotIn('600 камер до конца года', 'Будет установлено 600 камер') // []
 */
export function figuresNotIn(text: string, source: string): string[] {
  const stated = new Set(extractFigures(source));
  return extractFigures(text).filter((figure) => !stated.has(figure));
}
