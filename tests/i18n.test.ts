import { describe, expect, it } from 'vitest';
import { RESOURCES, useTranslations } from '../src/i18n';
import { LANGS, LOCALES } from '../src/lib/languages';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI strings', () => {
  it('have the same keys in Kazakh and Russian (plural forms aside)', () => {
    const base = (lang: (typeof LANGS)[number]) => new Set(keysOf(RESOURCES[lang]).map((k) => k.replace(PLURAL, '')));
    expect([...base('kk')].sort()).toEqual([...base('ru')].sort());
  });

  it('have every plural form each language needs', () => {
    for (const lang of LANGS) {
      const keys = keysOf(RESOURCES[lang]);
      const categories = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
      const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const key of plurals) {
        for (const category of categories) expect(keys, `${lang}: ${key}_${category}`).toContain(`${key}_${category}`);
      }
    }
  });

  it('choose Russian plural forms by number', () => {
    const t = useTranslations('ru');
    expect(t('search.results', { count: 1 })).toBe('Найден 1 результат');
    expect(t('search.results', { count: 3 })).toBe('Найдено 3 результата');
    expect(t('search.results', { count: 5 })).toBe('Найдено 5 результатов');
    expect(t('search.results', { count: 21 })).toBe('Найден 21 результат');
    expect(t('speech.paragraphs', { count: 12 })).toBe('12 абзацев');
  });

  it('keep Kazakh nouns singular after numbers', () => {
    const t = useTranslations('kk');
    expect(t('search.results', { count: 1 })).toBe('1 нәтиже табылды');
    expect(t('search.results', { count: 5 })).toBe('5 нәтиже табылды');
  });

  it('label a programme with two priorities in the plural', () => {
    expect(useTranslations('kk')('programmes.priorities', { count: 1 })).toBe('Басымдық');
    expect(useTranslations('kk')('programmes.priorities', { count: 2 })).toBe('Басымдықтар');
    expect(useTranslations('ru')('programmes.priorities', { count: 2 })).toBe('Приоритеты');
  });

  it('fail loudly on a missing key instead of printing it', () => {
    expect(() => useTranslations('kk')('nav.no_such_key')).toThrow(/Missing UI string "nav.no_such_key".*kk\.json/);
  });
});
