import { SITE_URL } from '../build/site-url';
import { useTranslations } from '../i18n';
import type { AtomEntry, AtomFeed } from '../lib/atom';
import { commitmentPath } from '@/lib/commitments/order';
import { LANGS, type Lang } from '../lib/languages';
import { formatDeadline } from '@/lib/format';
import { absoluteUrl } from '../lib/paths';
import { sectionPath } from '../lib/speech-sections';
import { assessmentsOf, commitments, statusAsOf } from './commitments';
import { speechSections } from './speech';

/**
 * Where the Atom feed of a language is published; part of the URL contract.
 * @example feedPath('kk') // '/kk/feed.xml'
 */
export function feedPath(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

async function assessmentEntries(lang: Lang): Promise<AtomEntry[]> {
  const t = useTranslations(lang);
  return (await commitments()).flatMap((c) =>
    assessmentsOf(c.id).map((a) => {
      const link = absoluteUrl(SITE_URL, `${commitmentPath(lang, c.id)}#assessment-${a.date}`);
      const source = a.sources.map((s) => ` ${t('commitment.source')}: ${s.publisher}, ${formatDeadline(s.published, lang)}: ${s.title} (${s.url})`).join('');
      return { id: link, title: t('feed.assessment_title', { status: t(`commitment.status_${a.status}`), text: c.text[lang] }), updated: a.date, link, summary: `${a.note[lang]}${source}` };
    }),
  );
}

// Typos are corrected in the file of the language they were in; the section page of either language lists
// them all, so both feeds announce them all.
async function correctionEntries(lang: Lang): Promise<AtomEntry[]> {
  const t = useTranslations(lang);
  const titles = new Map((await speechSections(lang)).map((s) => [s.slug, s.data.title]));
  const entries: AtomEntry[] = [];
  for (const fileLang of LANGS) {
    for (const section of await speechSections(fileLang)) {
      (section.data.corrections ?? []).forEach((correction, n) => {
        const page = absoluteUrl(SITE_URL, sectionPath(lang, section.slug));
        entries.push({
          id: `${page}#correction-${fileLang}-${correction.date}-${n + 1}`,
          title: t('feed.correction_title', correction),
          updated: correction.date,
          link: `${page}#editorial-note`,
          summary: t('feed.correction_summary', { section: titles.get(section.slug) }),
        });
      });
    }
  }
  return entries;
}

/**
 * The Atom feed of one language: an entry per assessment of a commitment and per editorial correction of
 * the speech, dated by the content (never the build's clock), each linking to its page.
 * @example (await feedOf('ru')).entries.length
 */
export async function feedOf(lang: Lang): Promise<AtomFeed> {
  const t = useTranslations(lang);
  const self = absoluteUrl(SITE_URL, feedPath(lang));
  return {
    id: self,
    lang,
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    self,
    alternate: absoluteUrl(SITE_URL, `/${lang}/commitments/`),
    author: t('site.name'),
    updated: statusAsOf(),
    entries: [...(await assessmentEntries(lang)), ...(await correctionEntries(lang))],
  };
}
