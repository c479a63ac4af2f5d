import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { listCollection } from '../../src/build/content-files';
import { LANGS, type Lang } from '../../src/lib/languages';
import { SECTION_SLUGS, sectionPath } from '../../src/lib/speech-sections';
import { builtHtml, builtPages } from './dist';

const programmeSlugs = [...new Set(listCollection(process.cwd(), 'programmes').map((f) => f.slug))];

/** Every full reading page that must offer an embed: speech sections, programme pages and the commitments, both languages. */
export const READING_PAGES: string[] = LANGS.flatMap((lang) => [
  ...SECTION_SLUGS.map((slug) => sectionPath(lang, slug)),
  ...programmeSlugs.map((slug) => `/${lang}/programmes/${slug}/`),
  `/${lang}/commitments/`,
]);

/**
 * Every full page that offers an embed (has an Embed control): the reading pages above and any added since.
 * @example embeddablePages().includes('/ru/speech/economy/') // true
 */
export function embeddablePages(): string[] {
  return builtPages()
    .map((p) => p.url)
    .filter((url) => /^\/(kk|ru)\//.test(url) && builtHtml(url).includes('data-embed-code'));
}

/**
 * The language of a site path.
 * @example langOf('/embed/kk/speech/') // 'kk'
 */
export function langOf(url: string): Lang {
  return /^\/(?:embed\/)?(kk|ru)\//.exec(url)![1] as Lang;
}

/**
 * A built page, parsed.
 * @example documentOf('/ru/speech/').querySelector('h1')
 */
export function documentOf(url: string): Document {
  return parseHTML(builtHtml(url)).document as unknown as Document;
}

/**
 * The snippet a reader copies from a full page: its field's text, with character references decoded as a
 * browser does (linkedom leaves them encoded in a textarea).
 * @example snippetOf('/ru/speech/economy/').startsWith('<iframe') // true
 */
export function snippetOf(url: string): string {
  const raw = documentOf(url).querySelector('[data-embed-code]')?.innerHTML ?? '';
  return parseHTML(`<p>${raw}</p>`).document.querySelector('p')?.textContent ?? '';
}

/** A second web server for host pages: another origin than the site's, as a webmaster's site is. */
export interface HostServer {
  port: number;
  /** Page bodies by path; set them before visiting. */
  pages: Map<string, string>;
  close: () => Promise<void>;
}

/**
 * Serves host pages from memory on 127.0.0.1. Visit them as `http://localhost:{port}/…`; the same server
 * reached as `http://127.0.0.1:{port}` is yet another origin.
 * @example const host = await startHostServer(); host.pages.set('/a.html', '<iframe …>');
 */
export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://host').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
