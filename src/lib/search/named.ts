// A query that names a programme and says one thing more about it («подстанция скорой помощи», «112
// қызметі жұмыс») is about the programme: its page comes first, as it does for the name alone.
import { sharedPrefix } from './match.ts';
import { nameKey } from './query.ts';

/** Words a query may have besides a programme's name and still be about the programme. */
const EXTRA_WORDS = 1;
/** Names of one word are left out: many are common words too («Даму» is Kazakh for «development»). */
const NAME_WORDS = 2;
/** Letters a query word may differ by at its end from a word of the name (its grammatical ending). */
const ENDING = 2;
/** Letters a query word and a word of the name must share at least, unless one of them is shorter. */
const STEM = 4;

// The same word in another grammatical form: «скорой» for «скорая», «помощи» for «помощь».
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  return sharedPrefix(a, b) >= Math.max(STEM, Math.max(a.length, b.length) - ENDING);
}

/**
 * The programme (slug) whose name, in any of its spellings (`names`: nameKey → slug), the query has
 * word for word in any grammatical form, with at most one word more, and that word; the longest such
 * name of two words or more. Undefined when the query names none.
 * @example namedWithWord('подстанция скорой помощи', new Map([['скорая помощь', 'ambulance-service']]))
 * // { slug: 'ambulance-service', extra: ['подстанция'] }
 */
export function namedWithWord(query: string, names: ReadonlyMap<string, string>): { slug: string; extra: string[] } | undefined {
  const words = nameKey(query).split(' ').filter(Boolean);
  let best: { slug: string; extra: string[]; length: number } | undefined;
  for (const [key, slug] of names) {
    const name = key.split(' ').filter(Boolean);
    if (name.length < NAME_WORDS || words.length > name.length + EXTRA_WORDS || (best && best.length >= name.length)) continue;
    const left = [...words];
    const all = name.every((part) => {
      const at = left.findIndex((word) => sameWord(word, part));
      if (at < 0) return false;
      left.splice(at, 1);
      return true;
    });
    if (all) best = { slug, extra: left, length: name.length };
  }
  return best && { slug: best.slug, extra: best.extra };
}
