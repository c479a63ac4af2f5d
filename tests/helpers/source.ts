import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The speech as delivered, verbatim: the project's primary source, kept in the repository. */
export const SOURCE_PATH = path.resolve('content', 'source', 'speech.txt');

export const sourceText = readFileSync(SOURCE_PATH, 'utf8');

const MARKERS: Array<[string, string]> = [
  ['ПЕРВОЕ.', 'state'],
  ['ВТОРОЕ.', 'security'],
  ['ТРЕТЬЕ.', 'economy'],
  ['ЧЕТВЕРТОЕ.', 'social'],
  ['ПЯТОЕ.', 'regions'],
];

/**
 * The source text cut into the site's sections at the five priority headings.
 * @example sourceSections().get('economy')?.includes('Qoldaý') // true
 */
export function sourceSections(): Map<string, string> {
  const sections = new Map<string, string>();
  let current = 'index';
  let lines: string[] = [];
  for (const line of sourceText.split('\n')) {
    const marker = MARKERS.find(([m]) => line.startsWith(m));
    if (marker) {
      sections.set(current, lines.join('\n'));
      current = marker[1];
      lines = [];
      continue;
    }
    lines.push(line);
  }
  sections.set(current, lines.join('\n'));
  return sections;
}
