/** Filters and metadata of a searchable page, each as "key:value, key:value" (a key may repeat). */
export interface PagefindSpec {
  filter?: string;
  meta?: string;
  /** How much the page's text counts against other pages' (Pagefind's element weight, 1 by default); its title counts in full. */
  weight?: number;
}

function pairs(list: string): Array<[string, string]> {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.indexOf(':');
      if (colon < 1) throw new Error(`Pagefind filter or meta "${item}" must be written "key:value", e.g. "type:speech"`);
      return [item.slice(0, colon).trim(), item.slice(colon + 1).trim()];
    });
}

/**
 * HTML attributes that give Pagefind a page's filters and metadata. Pagefind reads a single literal
 * `key:value` per attribute (the rest after the first colon is the value), so several pairs are passed
 * by reference to attributes of their own: `data-pagefind-filter="type[data-filter-type-1], ..."`.
 * @example pagefindAttributes({ filter: 'type:speech, priority:3' })
 * // { 'data-pagefind-filter': 'type[data-filter-type-1], priority[data-filter-priority-2]',
 * //   'data-filter-type-1': 'speech', 'data-filter-priority-2': '3' }
 * @example pagefindAttributes({ filter: 'type:commitments' }) // { 'data-pagefind-filter': 'type:commitments' }
 * @example pagefindAttributes({ weight: 0.5 }) // { 'data-pagefind-weight': '0.5' }
 */
export function pagefindAttributes(spec: PagefindSpec): Record<string, string> {
  const attributes: Record<string, string> = spec.weight === undefined ? {} : { 'data-pagefind-weight': String(spec.weight) };
  for (const kind of ['filter', 'meta'] as const) {
    const list = spec[kind];
    if (!list) continue;
    const all = pairs(list);
    if (all.length === 1) {
      attributes[`data-pagefind-${kind}`] = all[0]!.join(':');
      continue;
    }
    const references = all.map(([key, value], i) => {
      const name = `data-${kind}-${key}-${i + 1}`;
      attributes[name] = value;
      return `${key}[${name}]`;
    });
    attributes[`data-pagefind-${kind}`] = references.join(', ');
  }
  return attributes;
}
