import i18next, { type TOptions } from 'i18next';
import type { Lang } from '../lib/languages';
import kk from './kk.json';
import ru from './ru.json';

/** UI strings of both languages; `kk.json` and `ru.json` keep the same keys (tests/i18n.test.ts). */
export const RESOURCES = { kk, ru } as const;

// One instance for the whole build: initialised synchronously once, then only read.
const instance = i18next.createInstance();
void instance.init({
  resources: { kk: { translation: kk }, ru: { translation: ru } },
  lng: 'ru',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** A translate function bound to one language. */
export type Translate = (key: string, options?: TOptions) => string;

/**
 * UI strings for one language; plural forms come from `count` and each language's CLDR rules.
 * @example useTranslations('ru')('search.results', { count: 5 }) // 'Найдено 5 результатов'
 */
export function useTranslations(lang: Lang): Translate {
  const t = instance.getFixedT(lang);
  return (key, options) => {
    const value = t(key, options) as string;
    if (value === key) throw new Error(`Missing UI string "${key}" for language "${lang}" (src/i18n/${lang}.json)`);
    return value;
  };
}
