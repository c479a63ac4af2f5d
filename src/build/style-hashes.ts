// Reading pages carry their CSS in a <style> element (no stylesheet round trip before the first paint);
// a strict Content-Security-Policy lets exactly those stylesheets apply by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import type { HeaderRule } from './security-headers.ts';

/**
 * The CSP source of each <style> element of a page: its text's SHA-256, as the browser hashes it.
 * @example inlineStyleHashes('<style>p{margin:0}</style>') // ["'sha256-…'"]
 */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css!, 'utf8').digest('base64')}'`,
  );
}

/**
 * A policy whose `style-src` also allows the given inline stylesheets. A policy without `style-src`, or
 * one that allows any inline style ('unsafe-inline', which hashes would switch off), is left as it is.
 * @example withStyleHashes("default-src 'self'; style-src 'self'", ["'sha256-abc='"]) // "default-src 'self'; style-src 'self' 'sha256-abc='"
 */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  return policy
    .split('; ')
    .map((directive) => {
      if (!directive.startsWith('style-src ') || directive.includes("'unsafe-inline'")) return directive;
      const sources = directive.split(' ');
      return [...sources, ...hashes.filter((h) => !sources.includes(h))].join(' ');
    })
    .join('; ');
}

/**
 * The hashes of every distinct <style> element in the given pages, sorted (a stable header).
 * @example siteStyleHashes(['<style>a{}</style>', '<style>a{}</style>']).length // 1
 */
export function siteStyleHashes(pages: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of pages) for (const hash of inlineStyleHashes(html)) hashes.add(hash);
  return [...hashes].sort();
}

/**
 * The rules with every Content-Security-Policy allowing the site's inline stylesheets.
 * @example allowInlineStyles([{ pattern: '/*', headers: [['Content-Security-Policy', "style-src 'self'"]] }], ["'sha256-abc='"])
 * // [{ pattern: '/*', headers: [['Content-Security-Policy', "style-src 'self' 'sha256-abc='"]] }]
 */
export function allowInlineStyles(rules: readonly HeaderRule[], hashes: readonly string[]): HeaderRule[] {
  return rules.map((rule) => ({
    pattern: rule.pattern,
    headers: rule.headers.map(([name, value]): [string, string] => [name, name.toLowerCase() === 'content-security-policy' ? withStyleHashes(value, hashes) : value]),
  }));
}
