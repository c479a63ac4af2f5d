// One search result as DOM: title linked to the paragraph where the match is, what kind of page it is,
// and an excerpt with the matched words marked. Everything from the index or the query goes in as
// text nodes, never as HTML.
import { findPassage, type Passage } from '@/lib/search/passage';
import { unmarkKazakhLetters } from '@/lib/search/letters';
import type { QuickPage } from '@/lib/search/quick';
import type { PageData } from './find-pages';

/** The UI strings a result needs, with {{placeholders}} as in src/i18n. */
export type Strings = Record<string, string>;

/**
 * A UI string with its {{placeholders}} filled in.
 * @example fill('абзац {{number}}', { number: '8' }) // 'абзац 8'
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function excerptOf(passage: Passage): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-result__excerpt';
  let text = passage.cutStart ? '… ' : '';
  const flush = () => {
    if (text) p.append(text);
    text = '';
  };
  passage.excerpt.forEach((word, i) => {
    const space = i > 0 ? ' ' : '';
    if (!word.match) {
      text += space + word.text;
      return;
    }
    text += space;
    flush();
    const mark = document.createElement('mark');
    mark.textContent = word.text;
    p.append(mark);
  });
  text += passage.cutEnd ? ' …' : '';
  flush();
  return p;
}

// What kind of page it is and which priorities it belongs to (a programme may serve two), then a
// promise's status and deadline, or the paragraph of the speech the link leads to.
function labelsOf(data: PageData, passage: Passage, strings: Strings): string {
  const { type } = data.meta;
  const labels = [];
  if (type && strings[`type_${type}`]) labels.push(strings[`type_${type}`]!);
  for (const priority of data.filters.priority ?? []) {
    if (priority !== '0' && strings.priority) labels.push(fill(strings.priority, { number: priority }));
  }
  // A promise: where it stands and by when.
  if (type === 'commitment') {
    if (data.meta.status) labels.push(data.meta.status);
    if (data.meta.deadline && strings.deadline) labels.push(fill(strings.deadline, { date: data.meta.deadline }));
  }
  const paragraph = type === 'speech' ? /-(\d+)$/.exec(passage.anchor ?? '')?.[1] : undefined;
  if (paragraph && strings.paragraph) labels.push(fill(strings.paragraph, { number: paragraph }));
  return labels.join(' · ');
}

// A result's list item: its title linked, and what kind of page it is.
function itemShell(href: string, title: string, labels: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__link';
  link.href = href;
  link.textContent = title;
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent = labels;
  li.append(heading, meta);
  return li;
}

/**
 * The list item of one found page.
 * @example results.append(resultItem(await hit.data(), hit.words, strings))
 */
export function resultItem(data: PageData, matchedWords: readonly number[], strings: Strings): HTMLLIElement {
  const passage = findPassage(unmarkKazakhLetters(data.content), data.anchors, matchedWords);
  const href = passage.anchor ? `${data.url}#${encodeURIComponent(passage.anchor)}` : data.url;
  const li = itemShell(href, unmarkKazakhLetters(data.meta.title ?? data.url), labelsOf(data, passage, strings));
  li.append(excerptOf(passage));
  return li;
}

/**
 * The list item of a page found in the quick index (see src/lib/search/quick.ts): title and kind only.
 * @example results.append(quickItem(quickSearch('Qoldau', pages, [])[0], strings))
 */
export function quickItem(page: QuickPage, strings: Strings): HTMLLIElement {
  return itemShell(page.url, page.title, strings[`type_${page.type}`] ?? '');
}
