// Drives the search page (src/components/SearchView.astro) in a Playwright page the way a reader does:
// the query goes into the field and the form is submitted. Shared by the search tests and
// `npm run bench:search`, so both measure the same thing.
import { normaliseQuery } from '../../src/lib/search/query.ts';

/**
 * Submits a query on an open search page and waits until its results are drawn; returns the result
 * links in order, the milliseconds from submit to results, and the search files (/pagefind/) fetched.
 * @example const { links, ms } = await submitQuery(page, 'Qoldau')
 */
export async function submitQuery(page, query) {
  return page.evaluate(async ([typed, q]) => {
    const root = document.querySelector('[data-search]');
    const before = performance.getEntriesByType('resource').length;
    // The page marks itself "searching" as soon as the form is submitted, "quick" while it shows the
    // quick index's pages, and "done" (or "error") with the query as it ran it (normalised) once
    // Pagefind's results are drawn.
    const drawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if ((root.dataset.state === 'done' || root.dataset.state === 'error') && root.dataset.query === q) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
    });
    const start = performance.now();
    root.querySelector('input[name="q"]').value = typed;
    root.querySelector('form').requestSubmit();
    const end = await drawn;
    return {
      ms: end - start,
      state: root.dataset.state,
      links: [...root.querySelectorAll('.search-result a')].map((a) => a.getAttribute('href')),
      files: performance.getEntriesByType('resource').slice(before).map((r) => new URL(r.name).pathname).filter((p) => p.startsWith('/pagefind/')),
    };
  }, [query, normaliseQuery(query)]);
}
