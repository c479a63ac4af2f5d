/**
 * Wraps a function so that it runs once per key for the life of the process (one build): pages ask for
 * the same derived data again and again, and it never changes during a build.
 * @example const sectionsOf = oncePerKey((lang: Lang) => readSections(lang)); sectionsOf('kk') === sectionsOf('kk') // true
 */
export function oncePerKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
