// Readers' words for what the text names otherwise: «работа для инвалидов» means «люди с ограниченными
// возможностями», «пробки» means «въезд автомобилей». Editors keep the pairs in content/search-terms.yaml;
// a query that contains words a reader says is also searched with the text's words in their place. The
// pages' text is left as it is.
import { foldWord } from './fold.ts';
import { sharedPrefix } from './match.ts';
import { queryWords } from './query.ts';
import { contentWords } from './question-words.ts';
import { stemKazakh } from './stem.ts';

/** A word readers say this long or longer also matches by its Kazakh stem. */
const MIN_STEMMED = 5;

/** One record of content/search-terms.yaml for one language: what readers say, what the text says. */
export interface TermSide {
  say: readonly string[];
  means: readonly string[];
}

/** A record of content/search-terms.yaml for one language. */
export interface TermRecord {
  id: string;
  side: TermSide | undefined;
  /** Pages of this kind come first for a query with these words («обещание»: the promises). */
  first?: 'commitment' | undefined;
}

/** A phrase readers say, as folded words, and the phrases of the text it stands for. */
export interface Synonym {
  /** The record it comes from: the words of one phrase said in a few ways count once. */
  topic: string;
  say: string[];
  means: string[];
  /** The query asks for promises: they come first. */
  promises?: true;
}

/** A word readers say also matches forms of it with an ending this long at most («инвалид-ов»). */
const MAX_ENDING = 3;
/** An ending in place of the said word's own is this long at most («молодым», «молодых»; not «горы», «города»). */
const OTHER_ENDING = 2;
/** Letters a form shares with the word said at least, besides all but its last two («молодым», «молодых»). */
const MIN_SHARED = 3;

/**
 * The synonyms of one language, longest phrase first, so that «старые дома» is taken before «дома».
 * @example synonymsOf([{ id: 'disability', side: { say: ['инвалид'], means: ['ограниченными возможностями'] } }])
 * // [{ topic: 'disability', say: ['инвалид'], means: ['ограниченными возможностями'] }]
 */
export function synonymsOf(records: readonly TermRecord[]): Synonym[] {
  return (
    records
      // Compared with the query's content words: «работа для инвалидов» is searched as «работа инвалидов».
      .flatMap(({ id, side, first }) =>
        (side?.say ?? []).map((say) => ({
          topic: id,
          say: queryWords(contentWords(say)).map(foldWord),
          means: [...side!.means],
          ...(first === 'commitment' ? { promises: true as const } : {}),
        })),
      )
      .sort((a, b) => b.say.length - a.say.length)
  );
}

// A query word is a form of a word readers say when it differs from it only in a short ending («инвалидов»
// of «инвалид», «молодых» of «молодым»), or has the same Kazakh stem («мүгедектерге» of «мүгедек»);
// «сельский» is not a form of «сель».
function isFormOf(typed: string, said: string): boolean {
  const shared = sharedPrefix(typed, said);
  const [saidEnding, typedEnding] = [said.length - shared, typed.length - shared];
  if (shared >= Math.max(MIN_SHARED, said.length - 2) && (saidEnding === 0 ? typedEnding <= MAX_ENDING : typedEnding <= OTHER_ENDING)) return true;
  return said.length >= MIN_STEMMED && stemKazakh(typed) === stemKazakh(said);
}

function synonymAt(folded: readonly string[], i: number, synonyms: readonly Synonym[], topic?: string): Synonym | undefined {
  return synonyms.find((s) => (topic === undefined || s.topic === topic) && s.say.every((w, k) => folded[i + k] !== undefined && isFormOf(folded[i + k]!, w)));
}

/**
 * The query with the words readers say replaced by the text's words, one query per phrase they mean
 * (none when the query has no such words). Words not replaced stay as typed; words of one topic next
 * to each other are replaced once («пәтерді бөліп төлеу»).
 * @example expandQuery('работа для инвалидов', [{ topic: 'disability', say: ['инвалид'], means: ['ограниченными возможностями'] }]) // ['работа для ограниченными возможностями']
 */
export function expandQuery(query: string, synonyms: readonly Synonym[]): string[] {
  const words = queryWords(query);
  const folded = words.map(foldWord);
  let out: string[][] = [[]];
  let replaced = false;
  for (let i = 0; i < words.length; ) {
    const hit = synonymAt(folded, i, synonyms);
    if (hit) {
      out = out.flatMap((start) => hit.means.map((m) => [...start, m]));
      i += hit.say.length;
      for (let more = synonymAt(folded, i, synonyms, hit.topic); more; more = synonymAt(folded, i, synonyms, hit.topic)) i += more.say.length;
      replaced = true;
    } else {
      out = out.map((start) => [...start, words[i]!]);
      i += 1;
    }
  }
  return replaced ? out.map((parts) => parts.join(' ')).slice(0, MAX_EXPANSIONS) : [];
}

/**
 * The query's words, with each phrase readers say kept together as one («көп балалы отбасыларға» →
 * «көп балалы», «отбасыларға»): the parts a query is searched by one at a time when no page has all of
 * its words, so that a phrase is still read as the text's words.
 * @example queryParts('көп балалы отбасыларға', [{ topic: 't', say: ['коп', 'балалы'], means: ['көпбалалы'] }]) // ['көп балалы', 'отбасыларға']
 */
export function queryParts(query: string, synonyms: readonly Synonym[]): string[] {
  const words = queryWords(query);
  const folded = words.map(foldWord);
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    const length = synonymAt(folded, i, synonyms)?.say.length ?? 1;
    parts.push(words.slice(i, i + length).join(' '));
    i += length;
  }
  return parts;
}

// A year names a time or a plan («Казахстан 2050», «Almaty Business 2025»), not what a promise counts.
const YEAR = /^(19|20)\d\d$/;

/**
 * Whether a query asks for promises rather than about a topic: it has a number other than a year
 * («948», «1 020»), which is what a promise states, or a word of a record marked `first: commitment`
 * («обещание», «уәде»).
 * @example asksForPromises('948', []) // true
 * @example asksForPromises('Стратегия Казахстан 2050', []) // false
 */
export function asksForPromises(query: string, synonyms: readonly Synonym[]): boolean {
  const words = queryWords(query);
  const folded = words.map(foldWord);
  return words.some((w) => /^\p{N}+$/u.test(w) && !YEAR.test(w)) || folded.some((_, i) => synonymAt(folded, i, synonyms.filter((s) => s.promises)) !== undefined);
}

/** Queries searched for one typed: each is a round of Pagefind searches. */
const MAX_EXPANSIONS = 4;
