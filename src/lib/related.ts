/**
 * Makes "related" links symmetric: every programme lists those it names and those that name it.
 * Order follows the input; a programme never lists itself.
 * @example relatedBothWays([{ slug: 'a', related: ['b'] }, { slug: 'b', related: [] }]).get('b') // ['a']
 */
export function relatedBothWays(items: ReadonlyArray<{ slug: string; related: readonly string[] }>): Map<string, string[]> {
  const result = new Map<string, Set<string>>(items.map((i) => [i.slug, new Set<string>()]));
  for (const item of items) {
    for (const other of item.related) {
      if (other === item.slug) continue;
      result.get(item.slug)?.add(other);
      result.get(other)?.add(item.slug);
    }
  }
  const order = items.map((i) => i.slug);
  return new Map(
    [...result].map(([slug, set]) => [slug, order.filter((s) => set.has(s))]),
  );
}
