// What the search page loads only when a query needs correcting: the corrector and the layout
// converter (src/lib/search/correct.ts, layout.ts) with the word list of the page's language
// (src/lib/search/word-list.ts), so that the first results of a clean query never wait for them.
import { asListed, correctQuery, isKnownWord } from '@/lib/search/correct';
import { fromLatinLayout } from '@/lib/search/layout';
import { queryWords } from '@/lib/search/query';
import { contentWords } from '@/lib/search/question-words';
import { parseWordList, type WordList } from '@/lib/search/word-list';

/**
 * The query a reader probably meant, given the words of it that found too little; undefined if none.
 * `spelling` guesses more loosely, for a query that found nothing even so: a spelling to suggest.
 */
export type Corrector = ((query: string, weak: readonly string[]) => string | undefined) & { spelling: (query: string) => string | undefined };

/** How much farther than a correction a suggested spelling may be (see maxCost). */
const SUGGESTION_SLACK = 1;

// The query the reader probably meant: typed on the Latin layout (when every converted word is one the
// index knows, after correction), else with the unanswered words corrected.
function meant(query: string, weak: readonly string[], list: WordList): string | undefined {
  const asked = contentWords(query);
  const typed = fromLatinLayout(asked);
  if (typed) {
    const converted = typed.split(/(\s+)/).map((token) => asListed(token, list)).join('');
    const fixed = correctQuery(converted, list) ?? converted;
    const long = fixed.split(/[\s-]+/).flatMap(queryWords).filter((w) => w.length >= 3);
    if (long.length > 0 && long.every((w) => isKnownWord(w, list))) return fixed;
  }
  return correctQuery(asked, list, (word) => weak.includes(word));
}

/**
 * The corrector for the word list at `url` (the page's language); throws when the list cannot be fetched.
 * @example const meant = await loadCorrector('/pagefind/words-ru.txt'); meant('экономеки', ['экономеки']) // 'экономики'
 */
export async function loadCorrector(url: string): Promise<Corrector> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const list = parseWordList(await response.text());
  return Object.assign((query: string, weak: readonly string[]) => meant(query, weak, list), {
    spelling: (query: string) => correctQuery(contentWords(query), list, () => true, SUGGESTION_SLACK),
  });
}
