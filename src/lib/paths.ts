import type { Lang } from './languages';

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
