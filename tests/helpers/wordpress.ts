import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// WordPress comes from Debian's package, fetched once into the ignored .cache/ folder; it is never
// committed. Only its PHP (oEmbed filters) and wp-embed.js run in the test.
const CACHE = path.resolve('.cache', 'wordpress');

/** The extracted WordPress (`wp-includes/…` inside). */
export const WORDPRESS_ROOT = path.join(CACHE, 'usr', 'share', 'wordpress');

/**
 * Makes php and WordPress ready; returns why the WordPress test cannot run here, or undefined when it can.
 * Fetches WordPress with `apt-get download wordpress` and `dpkg -x` on first use.
 * @example const missing = prepareWordPress(); describe.skipIf(missing)(…)
 */
export function prepareWordPress(): string | undefined {
  if (spawnSync('php', ['--version']).status !== 0) return 'php is not installed (apt-get install php-cli)';
  if (existsSync(path.join(WORDPRESS_ROOT, 'wp-includes', 'embed.php'))) return undefined;
  mkdirSync(CACHE, { recursive: true });
  const download = spawnSync('apt-get', ['download', 'wordpress'], { cwd: CACHE, encoding: 'utf8' });
  const deb = readdirSync(CACHE).find((file) => /^wordpress_.*\.deb$/.test(file));
  if (!deb) return `"apt-get download wordpress" found no package (${download.stderr.trim() || download.error?.message}); run apt-get update first`;
  const extract = spawnSync('dpkg', ['-x', deb, '.'], { cwd: CACHE, encoding: 'utf8' });
  if (extract.status !== 0) return `"dpkg -x ${deb}" failed: ${extract.stderr.trim()}`;
  return undefined;
}

/**
 * The HTML WordPress puts in a post for an oEmbed answer (WP_oEmbed::data2html and its filters).
 * @example wordpressEmbedHtml(answer, 'https://joldau.example.kz/ru/speech/economy/') // '<iframe class="wp-embedded-content" sandbox="allow-scripts" …'
 */
export function wordpressEmbedHtml(answer: unknown, url: string): string {
  const result = spawnSync('php', ['tests/cms/wordpress-oembed.php', WORDPRESS_ROOT, url], { input: JSON.stringify(answer), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`WordPress's oEmbed filters failed for ${url}: ${result.stderr}`);
  return result.stdout;
}

/**
 * A file of the extracted WordPress, such as `wp-includes/js/wp-embed.js`.
 * @example wordpressFile('wp-includes/js/wp-embed.js').includes('receiveEmbedMessage') // true
 */
export function wordpressFile(relative: string): string {
  return readFileSync(path.join(WORDPRESS_ROOT, relative), 'utf8');
}
