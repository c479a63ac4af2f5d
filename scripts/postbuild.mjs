// Steps that run on the built site, in order. Each is `(dist) => Promise<string>`: it returns a one-line
// summary, or throws with a message that names the page and what is wrong.
import { checkSite } from './check-site.mjs';
import { writeSecurityHeaders } from './security-headers.mjs';
import { buildSearchIndex } from './search/index.mjs';

/** @type {Array<[string, (dist: string) => Promise<string>]>} */
export const postbuildSteps = [
  ['check-site', checkSite],
  ['search-index', buildSearchIndex],
  // Last: the cache rules are written for every file of dist/, the search index's included.
  ['security-headers', writeSecurityHeaders],
];
