// Queries in the other language: a reader of the Russian pages who types «Алатау ауданы» means
// «Алатауский район». The glossary (content/glossary.yaml) pairs such terms; a query that contains one
// is also searched with the term of the page's language.
import { foldWord } from './fold.ts';
import { queryWords } from './query.ts';
import { stemKazakh } from './stem.ts';

/** A term of the other language as word stems, and the same term in the page's language. */
export interface TermTranslation {
  from: string[];
  to: string;
}

/** Stems this long or longer also match when one starts with the other («районе» and «район»). */
const MIN_PREFIX_STEM = 4;

/**
 * The stems a term or query is compared by: words folded, Kazakh endings and Russian adjective endings
 * removed; a glossary explanation in parentheses is left out.
 * @example termStems('Алатауский район') // ['алатау', 'раион']
 */
export function termStems(text: string): string[] {
  return queryWords(text.replace(/\([^)]*\)/g, ' ')).map((word) => stemKazakh(foldWord(word)));
}

function sameStem(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= MIN_PREFIX_STEM && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * The glossary pairs worth translating into the page's language, longest first: those whose two terms
 * differ even once folded (folding already finds «әкім» for «аким»).
 * @example termTranslations([{ ru: 'Алатауский район', kk: 'Алатау ауданы' }], 'ru') // [{ from: ['алатау', 'ауда'], to: 'Алатауский район' }]
 */
export function termTranslations(terms: ReadonlyArray<Record<'kk' | 'ru', string>>, lang: 'kk' | 'ru'): TermTranslation[] {
  const other = lang === 'kk' ? 'ru' : 'kk';
  return terms
    .map((term) => ({ from: termStems(term[other]), to: term[lang], own: termStems(term[lang]) }))
    .filter(({ from, own }) => from.length > 0 && from.join(' ') !== own.join(' '))
    .map(({ from, to }) => ({ from, to }))
    .sort((a, b) => b.from.length - a.from.length);
}

/**
 * The query with every glossary term of the other language replaced by the term of the page's
 * language, or undefined when it contains none.
 * @example translateQuery('Алатау ауданында', [{ from: ['алатау', 'ауда'], to: 'Алатауский район' }]) // 'Алатауский район'
 */
export function translateQuery(query: string, translations: readonly TermTranslation[]): string | undefined {
  const words = queryWords(query);
  const stems = words.map((word) => stemKazakh(foldWord(word)));
  const out: string[] = [];
  let replaced = false;
  for (let i = 0; i < words.length; ) {
    const hit = translations.find(({ from }) => from.every((stem, k) => stems[i + k] !== undefined && sameStem(stems[i + k]!, stem)));
    if (hit) {
      out.push(hit.to);
      i += hit.from.length;
      replaced = true;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return replaced ? out.join(' ') : undefined;
}
