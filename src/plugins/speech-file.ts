import { isLang, type Lang } from '../lib/languages';

/**
 * Which speech section a Markdown file is, from its path (`content/speech/{lang}/{slug}.mdx`).
 * @example speechFileOf('/repo/content/speech/ru/economy.mdx') // { lang: 'ru', slug: 'economy' }
 */
export function speechFileOf(filePath: string | undefined): { lang: Lang; slug: string } | undefined {
  const match = /[\\/]content[\\/]speech[\\/](\w+)[\\/]([\w-]+)\.mdx?$/.exec(filePath ?? '');
  if (!match || !isLang(match[1])) return undefined;
  return { lang: match[1], slug: match[2]! };
}
