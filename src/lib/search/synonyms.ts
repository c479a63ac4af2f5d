// Readers' words for what the text names otherwise: «работа для инвалидов» means «люди с ограниченными
// возможностями», «пробки» means «въезд автомобилей». Editors keep the pairs in content/search-terms.yaml;
// a query that contains words a reader says is also searched with the text's words in their place. The
// pages' text is left as it is.
import { foldWord } from './fold.ts';
import { queryWords } from './query.ts';
import { contentWords } from './question-words.ts';
import { stemKazakh } from './stem.ts';

/** One record of content/search-terms.yaml for one language: what readers say, what the text says. */
export interface TermSide {
  say: readonly string[];
  means: readonly string[];
}

/** A phrase readers say, as folded words, and the phrases of the text it stands for. */
export interface Synonym {
  say: string[];
  means: string[];
}

/** A word readers say also matches forms of it with an ending this long at most («инвалид-ов»). */
const MAX_ENDING = 3;
/** A word readers say this long or longer also matches by its Kazakh stem (a short one only by MAX_ENDING). */
const MIN_STEMMED = 5;

/**
 * The synonyms of one language, longest phrase first, so that «старые дома» is taken before «дома».
 * @example synonymsOf([{ say: ['инвалид'], means: ['ограниченными возможностями'] }]) // [{ say: ['инвалид'], means: ['ограниченными возможностями'] }]
 */
export function synonymsOf(sides: ReadonlyArray<TermSide | undefined>): Synonym[] {
  return sides
    // Compared with the query's content words: «работа для инвалидов» is searched as «работа инвалидов».
    .flatMap((side) => (side ? side.say.map((say) => ({ say: queryWords(contentWords(say)).map(foldWord), means: [...side.means] })) : []))
    .sort((a, b) => b.say.length - a.say.length);
}

// A query word is a form of a word readers say when it adds a short ending to it, or has the same
// Kazakh stem: «инвалидов» of «инвалид», «мүгедектерге» of «мүгедек»; «сельский» is not a form of «сель».
function isFormOf(typed: string, said: string): boolean {
  if (typed.startsWith(said) && typed.length - said.length <= MAX_ENDING) return true;
  return said.length >= MIN_STEMMED && stemKazakh(typed) === stemKazakh(said);
}

/**
 * The query with the words readers say replaced by the text's words, one query per phrase they mean
 * (none when the query has no such words). Words not replaced stay as typed.
 * @example expandQuery('работа для инвалидов', [{ say: ['инвалид'], means: ['ограниченными возможностями'] }]) // ['работа для ограниченными возможностями']
 */
export function expandQuery(query: string, synonyms: readonly Synonym[]): string[] {
  const words = queryWords(query);
  const folded = words.map(foldWord);
  let out: string[][] = [[]];
  let replaced = false;
  for (let i = 0; i < words.length; ) {
    const hit = synonyms.find(({ say }) => say.every((s, k) => folded[i + k] !== undefined && isFormOf(folded[i + k]!, s)));
    if (hit) {
      out = out.flatMap((start) => hit.means.map((m) => [...start, m]));
      i += hit.say.length;
      replaced = true;
    } else {
      out = out.map((start) => [...start, words[i]!]);
      i += 1;
    }
  }
  return replaced ? out.map((parts) => parts.join(' ')).slice(0, MAX_EXPANSIONS) : [];
}

/** Queries searched for one typed: each is a round of Pagefind searches. */
const MAX_EXPANSIONS = 4;
