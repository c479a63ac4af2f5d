/** The site's two languages, in the order they are offered to readers. */
export const LANGS = ['kk', 'ru'] as const;

export type Lang = (typeof LANGS)[number];

/** A text in both site languages. */
export type Localized = Record<Lang, string>;

/**
 * Narrows a route parameter or attribute to a site language.
 * @example isLang('kk') // true
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The other site language.
 * @example otherLang('kk') // 'ru'
 */
export function otherLang(lang: Lang): Lang {
  return lang === 'kk' ? 'ru' : 'kk';
}

/** BCP 47 locales for `Intl` formatting and `og:locale`. */
export const LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

/**
 * Static paths for a route that exists once per language (`src/pages/[lang]/...`).
 * @example export const getStaticPaths = languagePaths; // /kk/… and /ru/…
 */
export function languagePaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
