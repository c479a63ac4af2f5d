// Post-build step: the Pagefind search index in dist/pagefind/, one index per language (<html lang>).
//
// Pagefind reads each searchable page (those with data-pagefind-body) through the Node API, not from
// disk, because its copy of the page differs from what readers download: Kazakh letters are marked so
// that Pagefind folds them like accents (src/lib/search/letters.ts), and after every block of text
// come the folded spellings Pagefind cannot derive, such as Latin names in Cyrillic
// (src/lib/search/terms.ts). The README's "Search" section explains the design.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { htmlPages } from '../built-files.mjs';
import { markKazakhLetters } from '../../src/lib/search/letters.ts';
import { foldedTerms, hiddenTermsText } from '../../src/lib/search/terms.ts';
import { countWords, serialiseWordList, wordListFile } from '../../src/lib/search/word-list.ts';

// Leaf blocks of text: the hidden words go at the end of the block they come from, so a match on them
// lands in the right paragraph (Pagefind's `anchors`) and weighs like the block (headings more).
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, caption, blockquote';
// Controls are interface, not content: a filter's list of programme names would make a page match every
// programme. (Pagefind already leaves out forms, labels, navigation and footers.)
// Links within the page (the ¶ of each paragraph, "On this page") are not content; excluded here rather
// than by an attribute on each ¶, which 40 paragraphs a page would repeat.
const NOT_CONTENT = ['select', 'button', 'a[href^="#"]'];
// Embed and parallel views repeat the reading pages; a hit there would send readers to the wrong place.
const NEVER_SEARCHABLE = /^\/(embed\/|(kk|ru)\/(.+\/)?parallel\/$)/;
// Pagefind's ready-made interfaces: the search page uses its JS API (pagefind.js, which runs the
// search in pagefind-worker.js), so these are never loaded.
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

function textWithoutIgnored(element) {
  const copy = element.cloneNode(true);
  for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return copy.textContent ?? '';
}

/**
 * The words a reader can find a built page by, as one text: its searchable content (controls and
 * ignored parts left out), title and aliases. Empty for a page that is not searchable.
 * @example searchableText('<html><body><div data-pagefind-body><p>Қала</p></div></body></html>') // 'Қала'
 */
export function searchableText(html) {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return '';
  const title = document.querySelector('[data-pagefind-meta="title"]')?.textContent ?? '';
  const aliases = document.querySelector('[data-pagefind-meta^="aliases:"]')?.getAttribute('data-pagefind-meta')?.slice('aliases:'.length) ?? '';
  for (const control of body.querySelectorAll(NOT_CONTENT.join(', '))) control.remove();
  return `${title} ${aliases} ${textWithoutIgnored(body)}`;
}

function addHiddenTerms(document, block) {
  const terms = foldedTerms(textWithoutIgnored(block));
  if (terms.length === 0) return;
  const span = document.createElement('span');
  span.textContent = hiddenTermsText(terms);
  block.append(span);
}

function markTextNodes(document, root) {
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.data = markKazakhLetters(node.data);
}

/**
 * The HTML Pagefind indexes for a built page: Kazakh letters marked, hidden folded spellings added.
 * Undefined for a page that is not searchable (no data-pagefind-body).
 * @example withSearchTerms('<html lang="kk"><body><div data-pagefind-body><p>Қала Qoldaý</p></div></body></html>')
 * // '…<p>К\u0345ала Qoldaý<span> ~колдау</span></p>…'
 */
export function withSearchTerms(html) {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const heading = document.querySelector('[data-pagefind-meta="title"]');
  const title = heading?.textContent ?? '';
  // The title is ranked as metadata (Pagefind reads metadata from ignored elements too); kept out of
  // the page's text, it stays out of the excerpts under the result's title.
  heading?.setAttribute('data-pagefind-ignore', '');
  const aliases = document.querySelector('[data-pagefind-meta^="aliases:"]')?.getAttribute('data-pagefind-meta')?.slice('aliases:'.length) ?? '';
  for (const block of body.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS) || block.closest('[data-pagefind-ignore]')) continue;
    addHiddenTerms(document, block);
  }
  const nameTerms = foldedTerms(`${title} ${aliases}`);
  if (nameTerms.length > 0) {
    const meta = document.createElement('span');
    meta.setAttribute('data-pagefind-ignore', '');
    meta.setAttribute('data-pagefind-meta', `folded:${nameTerms.join(' ')}`);
    body.append(meta);
  }
  markTextNodes(document, body);
  const aliasMeta = body.querySelector('[data-pagefind-meta^="aliases:"]');
  aliasMeta?.setAttribute('data-pagefind-meta', markKazakhLetters(aliasMeta.getAttribute('data-pagefind-meta')));
  return document.toString();
}

// Pagefind splits each language's word index into chunks and a query downloads only the chunks of its
// words. Its default (20 000 word positions) makes one chunk of this small site, so the first query
// would download every word of the language; smaller chunks keep that download small. Pagefind reads
// the size from this environment variable (marked unstable: if it goes away, search still works, with
// one bigger chunk, and `npm run bench:search` shows it).
const INDEX_CHUNK_SIZE = process.env.SEARCH_INDEX_CHUNK_SIZE ?? '2000';

/**
 * Indexes every searchable page of the built site and writes the Pagefind bundle to `{dist}/pagefind/`;
 * returns a one-line summary. Throws, naming the file, when an embed or parallel view is marked
 * searchable, a language has no searchable page, or Pagefind fails.
 * @example await buildSearchIndex('dist') // 'kk 32 pages, ru 32 pages'
 */
export async function buildSearchIndex(dist) {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pages = { kk: 0, ru: 0 };
  const words = { kk: new Map(), ru: new Map() };
  try {
    for (const { url, file } of htmlPages(dist)) {
      const html = await readFile(file, 'utf8');
      const content = withSearchTerms(html);
      if (!content) continue;
      if (NEVER_SEARCHABLE.test(url)) {
        throw new Error(`${file}: embed and parallel views must stay out of search, but this page has data-pagefind-body (render it with searchable={false})`);
      }
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`${file}: Pagefind could not index it: ${added.errors.join('; ')}`);
      const lang = url.split('/')[1];
      if (lang in pages) {
        pages[lang] += 1;
        countWords(searchableText(html), words[lang]);
      }
    }
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${dist}/pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const [lang, count] of Object.entries(pages)) {
    if (count === 0) throw new Error(`${dist}/${lang}/: no searchable page found (no data-pagefind-body), so there is no ${lang} search index`);
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(path.join(dist, 'pagefind', f), { force: true })));
  // The words of each language for correcting typed words (src/lib/search/correct.ts), fetched by
  // the search page only when a query needs one.
  await Promise.all(Object.entries(words).map(([lang, counts]) => writeFile(path.join(dist, 'pagefind', wordListFile(lang)), serialiseWordList(counts))));
  return Object.entries(pages).map(([lang, count]) => `${lang} ${count} pages`).join(', ');
}
