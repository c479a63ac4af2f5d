import type { HeaderRule } from '../../src/build/security-headers';

/**
 * The headers a `_headers` file gives one path, every matching rule applied in order; a header set by
 * several rules keeps every value (static hosts join them).
 * @example headersFor(rules, '/ru/speech/').get('X-Frame-Options') // ['DENY']
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (!pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}
