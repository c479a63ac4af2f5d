import { isFault, NBSP, TYPOGRAPHY_RULES, type TypographyRule } from './rules.ts';

/** A place in a text that breaks a typography rule, with the text that should stand there. */
export interface TypographyIssue {
  rule: string;
  description: string;
  /** Offset of the offending run in the text. */
  index: number;
  found: string;
  /** What to write instead; none where the sentence must be rephrased. */
  fixed?: string | undefined;
}

// Which quote each straight or English quote becomes: «outer „inner“ outer». A quote opens after the start,
// a space or an opening bracket or quote, and closes elsewhere.
function pairQuotes(text: string): Map<number, string> {
  const choice = new Map<number, string>();
  let depth = 0;
  for (const m of text.matchAll(/«|»|\\?"|[“”]/g)) {
    const index = m.index;
    if (m[0] === '«') depth += 1;
    else if (m[0] === '»') depth = Math.max(0, depth - 1);
    else {
      const before = text[index - 1];
      const opens = index === 0 || before === undefined || /[\s([«„-]/.test(before);
      if (opens) choice.set(index, depth++ === 0 ? '«' : '„');
      else choice.set(index, --depth <= 0 ? '»' : '“');
      depth = Math.max(0, depth);
    }
  }
  return choice;
}

function* faults(rule: TypographyRule, text: string): Generator<RegExpExecArray> {
  for (const match of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
    if (isFault(rule, match)) yield match;
  }
}

function replacement(rule: TypographyRule, match: RegExpExecArray, quotes: Map<number, string>): string | undefined {
  return rule.id === 'quotes' ? (quotes.get(match.index) ?? '«') : rule.fix?.(match);
}

/**
 * Every place in a text that breaks one of the site's typography rules.
 * @example lintText('в 4-5 лет').map((i) => [i.rule, i.found, i.fixed]) // [['range', '4-5', '4–5']]
 */
export function lintText(text: string): TypographyIssue[] {
  const quotes = pairQuotes(text);
  const issues: TypographyIssue[] = [];
  for (const rule of TYPOGRAPHY_RULES) {
    for (const match of faults(rule, text)) {
      issues.push({ rule: rule.id, description: rule.description, index: match.index, found: match[0], fixed: replacement(rule, match, quotes) });
    }
  }
  return issues.sort((a, b) => a.index - b.index);
}

/**
 * The text with every typography rule applied; a text that follows them comes back unchanged.
 * @example fixText('до 2-3 лет - 31 млрд') // 'до 2–3 лет – 31\u00a0млрд'
 */
export function fixText(text: string): string {
  let fixed = text;
  for (const rule of TYPOGRAPHY_RULES.filter((r) => r.fix || r.id === 'quotes')) {
    const quotes = pairQuotes(fixed);
    let out = '';
    let last = 0;
    for (const match of faults(rule, fixed)) {
      out += fixed.slice(last, match.index) + (replacement(rule, match, quotes) ?? match[0]);
      last = match.index + match[0].length;
    }
    fixed = out + fixed.slice(last);
  }
  return fixed;
}

/**
 * A text as an editor should read it in a message: no-break spaces made visible.
 * @example showSpaces('31\u00a0млрд') // '31⍽млрд'
 */
export function showSpaces(text: string): string {
  return text.replaceAll(NBSP, '⍽');
}
