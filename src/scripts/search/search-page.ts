// The search page (src/components/SearchView.astro): runs the query of the address (?q=) and of the
// field as it is typed, draws results, keeps the address shareable, announces counts to screen readers
// and moves through results with the arrow keys.
import { normaliseQuery } from '@/lib/search/query';
import type { TermTranslation } from '@/lib/search/glossary';
import { synonymsOf, type TermRecord } from '@/lib/search/synonyms';
import { findPages, isWordIndexLoaded, loadPagefind, loadWholeIndex, loadWordIndex, type Found, type SearchAids } from './find-pages';
import type { Corrector } from './meant';
import { closestProgrammes, quickSearch, type QuickPage } from '@/lib/search/quick';
import { fill, quickItem, resultItem, type Strings } from './result-item';

/** Results drawn at once (each needs its page's stored text); "Show more" draws the next ones. */
const PAGE_SIZE = 6;
/** Quiet time after a keystroke before the address follows the field (the search itself runs at once). */
const TYPING_PAUSE_MS = 300;
/** A search taking longer than this says so. */
const SLOW_MS = 400;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  const need = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = need<HTMLFormElement>('form');
  const input = need<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = need<HTMLElement>('[data-status]');
  const list = need<HTMLOListElement>('[data-results]');
  const more = need<HTMLButtonElement>('[data-more]');
  const nothing = need<HTMLElement>('[data-nothing]');
  const suggest = need<HTMLElement>('[data-suggest]');
  const correction = need<HTMLElement>('[data-correction]');
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const data = JSON.parse(document.querySelector('[data-search-data]')?.textContent ?? '{}') as { terms?: TermRecord[]; quick?: QuickPage[] };
  const aids: SearchAids = {
    names: new Map(Object.entries(JSON.parse(root.dataset.names ?? '{}') as Record<string, string>)),
    translations: JSON.parse(root.dataset.glossary ?? '[]') as TermTranslation[],
    synonyms: synonymsOf(data.terms ?? []),
    prefetch: PAGE_SIZE,
    corrector: () => (corrector ??= fetchCorrector()),
  };
  const quickPages = data.quick ?? [];
  const plural = new Intl.PluralRules(root.dataset.locale);
  // A count under a thousand is written the same in every locale; Chromium takes tens of milliseconds
  // (more on a slow phone) to set up its first Intl.NumberFormat, so it is made only when it changes
  // something.
  let numberFormat: Intl.NumberFormat | undefined;
  const formatCount = (n: number) => (n < 1000 ? String(n) : (numberFormat ??= new Intl.NumberFormat(root.dataset.locale)).format(n));

  let found: Found = { hits: [], partial: false };
  let shown = 0;
  let run = 0;
  let typing: number | undefined;
  let wholeIndex = false;
  // The query to search as typed, not corrected (the reader followed «Search … instead»): `?exact=1`.
  let exactQuery: string | undefined;
  let corrector: Promise<Corrector> | undefined;

  // The corrector and its word list, fetched together the first time a query needs them.
  async function fetchCorrector(): Promise<Corrector> {
    try {
      const { loadCorrector } = await import('./meant');
      return await loadCorrector(root.dataset.words ?? '');
    } catch (error) {
      corrector = undefined; // try again on the next query (the network may be back)
      throw error;
    }
  }

  // A failure here is the next query's to report.
  const startPagefind = () => void loadPagefind().catch(() => undefined);
  // Not when the reader's browser asks to save data.
  const savingData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  // Safari has no requestIdleCallback.
  const whenIdle = (load: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(load) : setTimeout(load, 200));

  // Once the reader comes to the field, the rest of the index loads while they type, so the next
  // queries need no network.
  function loadRestOfIndex() {
    if (wholeIndex || savingData()) return;
    wholeIndex = true;
    whenIdle(() => void loadWholeIndex().then(() => (root.dataset.index = 'complete'), () => (wholeIndex = false)));
  }

  const filters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));

  function readAddress() {
    const params = new URL(location.href).searchParams;
    input.value = params.get('q') ?? '';
    exactQuery = params.get('exact') === '1' ? normaliseQuery(input.value) : undefined;
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  }

  function addressOf(query: string, exact: boolean) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (query && exact) params.set('exact', '1');
    for (const [name, value] of Object.entries(filters())) params.set(name, value);
    return `${location.pathname}${params.size ? `?${params}` : ''}`;
  }

  function writeAddress(push: boolean) {
    const url = addressOf(input.value.trim(), exactQuery !== undefined && exactQuery === normaliseQuery(input.value));
    if (url === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  function say(template: string, query?: string) {
    if (query === undefined) {
      status.textContent = template;
      return;
    }
    // The query goes in as text, isolated so that right-to-left text cannot reorder the sentence.
    const [before, after = ''] = template.split('{{query}}');
    const bdi = document.createElement('bdi');
    bdi.textContent = query;
    status.replaceChildren(before ?? '', bdi, after);
  }

  // «Showing results for … · Search … instead»: the query searched and a link to the one typed.
  function showCorrection(typed: string, instead: string | undefined) {
    correction.hidden = !instead;
    if (!instead) return correction.replaceChildren();
    const withQuery = (template: string, query: string) => {
      const [before, after = ''] = template.split('{{query}}');
      const bdi = document.createElement('bdi');
      bdi.textContent = query;
      return [before ?? '', bdi, after];
    };
    const link = document.createElement('a');
    link.href = addressOf(typed, true);
    link.dataset.asTyped = '';
    link.append(...withQuery(strings.as_typed ?? '', typed));
    correction.replaceChildren(...withQuery(strings.instead ?? '', instead), ' · ', link);
  }

  async function showMore(current: number) {
    const batch = found.hits.slice(shown, shown + PAGE_SIZE);
    const pages = await Promise.all(batch.map((h) => h.hit.data()));
    if (current !== run) return;
    list.append(...pages.map((data, i) => resultItem(data, batch[i]!.words, strings)));
    shown += batch.length;
    more.hidden = shown >= found.hits.length;
  }

  // Pages whose title or names have the query's words, drawn at once while Pagefind's first answers
  // wait for the network: state "quick", not announced; Pagefind's results replace them.
  function showQuick(query: string) {
    const pages = quickSearch(query, quickPages, aids.synonyms).slice(0, PAGE_SIZE);
    if (pages.length === 0) return;
    list.replaceChildren(...pages.map((page) => quickItem(page, strings)));
    nothing.hidden = true;
    more.hidden = true;
    root.dataset.query = query;
    root.dataset.state = 'quick';
  }

  // Never a bare "nothing found": the programmes whose names look like the query, a spelling the index
  // knows (when the corrector is at hand) and the same query in the other language, each a link.
  async function showSuggestions(query: string, current: number) {
    const link = (href: string, text: string) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      return a;
    };
    const spelling = await aids.corrector?.().then((c) => c.spelling(query), () => undefined);
    if (current !== run) return;
    const links = [
      ...(spelling ? [link(addressOf(spelling, false), spelling)] : []),
      ...closestProgrammes(query, quickPages).map((page) => link(page.url, page.title)),
      link(`${root.dataset.otherSearch ?? ''}?${new URLSearchParams({ q: query })}`, fill(strings.suggest_other_language ?? '', { query })),
    ];
    suggest.replaceChildren(`${strings.suggest_maybe ?? ''} `, ...links.flatMap((a, i) => (i > 0 ? [' · ', a] : [a])));
  }

  async function search() {
    const current = ++run;
    const query = normaliseQuery(input.value);
    root.dataset.state = 'searching';
    // Until every word of the index is loaded, Pagefind's first answers wait for the network (its
    // worker and WebAssembly, then the chunks of the query's words): the quick index answers meanwhile.
    if (query && !isWordIndexLoaded() && query !== exactQuery) showQuick(query);
    const slow = window.setTimeout(() => current === run && say(strings.loading ?? ''), SLOW_MS);
    try {
      found = query ? await findPages(query, filters(), aids, query === exactQuery) : { hits: [], partial: false };
      if (current !== run) return;
      shown = 0;
      list.replaceChildren();
      showCorrection(query, found.instead);
      await showMore(current);
      if (current !== run) return;
      nothing.hidden = !query || found.hits.length > 0;
      if (!nothing.hidden) await showSuggestions(query, current);
      if (current !== run) return;
      if (!query) say('');
      else if (found.hits.length === 0) say(strings.nothing ?? '', query);
      else {
        const count = fill(strings[`results_${plural.select(found.hits.length)}`] ?? '', { count: formatCount(found.hits.length) });
        say(found.partial ? `${count}. ${strings.partial}` : count);
      }
      root.dataset.query = query;
      root.dataset.state = 'done';
    } catch {
      if (current !== run) return;
      say(strings.error ?? '');
      root.dataset.query = query;
      root.dataset.state = 'error';
    } finally {
      window.clearTimeout(slow);
    }
  }

  // Each keystroke searches at once (a warm search takes milliseconds; a newer one makes an older one's
  // results be dropped); the address follows once typing pauses.
  input.addEventListener('input', () => {
    void search();
    window.clearTimeout(typing);
    typing = window.setTimeout(() => writeAddress(false), TYPING_PAUSE_MS);
  });
  // Fetch the index as the reader comes to type; the rest of it loads then too, so that later queries
  // never wait for the network. Not before: on a shared link (?q=) the first results come first.
  input.addEventListener('focus', () => {
    startPagefind();
    loadRestOfIndex();
  });
  correction.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-as-typed]')) return;
    event.preventDefault();
    exactQuery = normaliseQuery(input.value);
    writeAddress(true);
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    writeAddress(true);
    void search();
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      writeAddress(true);
      void search();
    });
  }
  window.addEventListener('popstate', () => {
    readAddress();
    void search();
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(run).then(() => list.querySelectorAll<HTMLAnchorElement>('a')[first]?.focus());
  });

  // Arrow keys: from the field into the results and between them; up from the first result returns.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const fromField = document.activeElement === input;
    const at = fromField ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
    if (links.length === 0 || (!fromField && at < 0) || (fromField && event.key === 'ArrowUp')) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next]!).focus();
  });

  readAddress();
  root.dataset.state = 'idle';
  if (input.value.trim()) void search();
  // A page opened to search (no query yet) starts Pagefind at once (its worker, WebAssembly and index
  // metadata: what any first query waits for), then, once the page is idle, loads what later queries
  // need in the order they need it: the word index, the corrector with its word list, the pages'
  // stored texts. A reader typing a second after the page opens then waits for no network.
  else if (!savingData()) {
    startPagefind();
    whenIdle(() => void loadWordIndex().then(aids.corrector).catch(() => undefined).then(loadRestOfIndex));
  }
}
