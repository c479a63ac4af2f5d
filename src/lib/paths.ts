import { LANGS, type Lang } from './languages';

/**
 * The same page in another language: every route starts with its language and slugs are shared.
 * @example swapLang('/kk/speech/economy/', 'ru') // '/ru/speech/economy/'
 */
export function swapLang(pathname: string, lang: Lang): string {
  return pathname.replace(/^\/(embed\/)?(kk|ru)(?=\/)/, (_m, embed: string | undefined) => `/${embed ?? ''}${lang}`);
}

/**
 * An absolute URL on the site.
 * @example absoluteUrl('https://joldau.example.kz', '/ru/') // 'https://joldau.example.kz/ru/'
 */
export function absoluteUrl(site: string, pathname: string): string {
  return new URL(pathname, `${site.replace(/\/+$/, '')}/`).href;
}

/** One `hreflang` alternate of a page: a language code (or `x-default`) and a site path. */
export interface Alternate {
  hreflang: Lang | 'x-default';
  path: string;
}

/**
 * The hreflang alternates of a page, the same in its `<head>` and in the sitemap: each language's
 * version and, as `x-default`, the language chooser for the chooser and the homes, the Kazakh version
 * (the state language) for every other page.
 * @example pageAlternates('/ru/speech/').map((a) => `${a.hreflang} ${a.path}`) // ['kk /kk/speech/', 'ru /ru/speech/', 'x-default /kk/speech/']
 */
export function pageAlternates(pathname: string): Alternate[] {
  const isChooser = pathname === '/';
  const isHome = isChooser || /^\/(kk|ru)\/$/.test(pathname);
  return [
    ...LANGS.map((lang) => ({ hreflang: lang, path: isChooser ? `/${lang}/` : swapLang(pathname, lang) })),
    { hreflang: 'x-default', path: isHome ? '/' : swapLang(pathname, 'kk') },
  ];
}
