// The link preview card of every indexable page: one list, so that the image route renders exactly the
// cards the pages announce. A new kind of page adds its cards in `previewPages` with `previewCard`.
import { useTranslations } from '../i18n';
import { formatDeadline, quantityParts } from '../lib/format';
import { LANGS, type Lang } from '../lib/languages';
import { oncePerKey } from '../lib/once-per-key';
import type { PreviewCard, PreviewFigure } from '../lib/preview/card';
import { SITE_URL } from '../build/site-url';
import { commitments } from './commitments';
import { programmes } from './programmes';
import { speechSections } from './speech';
import { commitmentPath } from '@/lib/commitments/order';
import type { Commitment } from '@/lib/commitments/schema';

/** A page and the card its link shows. */
export interface PreviewPage {
  path: string;
  card: PreviewCard;
}

/** What a page supplies for its card; the site's name and host are filled in. */
export interface PreviewCardInput {
  lang: Lang;
  /** "home", "section", "programme", "commitment"… (for readers of the list). */
  kind: string;
  title: string;
  eyebrow?: string;
  subtitle?: string;
  figure?: PreviewFigure;
}

/**
 * A preview card in the page's language, with the site's name and host added.
 * @example previewCard({ lang: 'ru', kind: 'commitment', title: 'Построить 1 020 квартир', figure: { value: '2020', label: 'срок' } }).siteName // 'Joldau'
 */
export function previewCard(input: PreviewCardInput): PreviewCard {
  return { ...input, siteName: useTranslations(input.lang)('site.name'), host: new URL(SITE_URL).host };
}

const commitmentFigure = (c: Commitment | undefined, lang: Lang): PreviewFigure | undefined => {
  if (!c?.quantity) return undefined;
  const { number, unit } = quantityParts(c.quantity, lang);
  return { value: number, ...(unit ? { unit } : {}), label: c.text[lang] };
};

// A promise's deadline as its page gives it: the date at its own precision, else the speech's wording.
const deadlineFigure = (c: Commitment, lang: Lang): PreviewFigure | undefined => {
  const label = useTranslations(lang)('commitment.deadline');
  if (c.deadline) return { value: formatDeadline(c.deadline, lang), label: c.deadlineText ? `«${c.deadlineText[lang]}»` : label };
  return c.deadlineText ? { value: `«${c.deadlineText[lang]}»`, label } : undefined;
};

/**
 * Every indexable page of one language with its card: home, speech, each priority (with the first
 * figure it promises), programmes (with their first figure, or the first figure of a commitment they
 * carry), commitments (each with its deadline), glossary, open data and the embedding guide.
 * @example (await previewPages('kk')).find((p) => p.path === '/kk/speech/economy/')?.card.figure?.value
 */
export const previewPages = oncePerKey(async (lang: Lang): Promise<PreviewPage[]> => {
  const t = useTranslations(lang);
  const all = await commitments();
  const page = (path: string, input: Omit<PreviewCardInput, 'lang'>): PreviewPage => ({ path, card: previewCard({ lang, ...input }) });
  const pages = [
    page(`/${lang}/`, { kind: 'home', title: t('home.title'), subtitle: t('site.tagline') }),
    page(`/${lang}/programmes/`, { kind: 'programmes', title: t('programmes.title'), subtitle: t('site.tagline') }),
    page(`/${lang}/commitments/`, { kind: 'commitments', title: t('commitments.title'), subtitle: t('site.tagline') }),
    page(`/${lang}/glossary/`, { kind: 'glossary', title: t('glossary.title'), subtitle: t('glossary.intro') }),
    page(`/${lang}/embed/`, { kind: 'embed', title: t('embed.docs_title'), subtitle: t('site.tagline') }),
    page(`/${lang}/data/`, { kind: 'data', title: t('data.title'), subtitle: t('data.intro') }),
  ];
  // A promise card per commitment page: the promise, its deadline (else its quantity), the site's name.
  for (const c of all) {
    const quantity = commitmentFigure(c, lang);
    const figure = deadlineFigure(c, lang) ?? (quantity && { ...quantity, label: t('commitment.quantity') });
    pages.push(
      page(commitmentPath(lang, c.id), {
        kind: 'commitment',
        eyebrow: t('priority.label', { number: c.priority }),
        title: c.text[lang],
        ...(figure ? { figure } : { subtitle: t('site.tagline') }),
      }),
    );
  }
  for (const section of await speechSections(lang)) {
    if (section.slug === 'index') {
      pages.push(page(`/${lang}/speech/`, { kind: 'speech', eyebrow: t('nav.speech'), title: section.data.title, subtitle: t('site.tagline') }));
      continue;
    }
    const figure = commitmentFigure(all.find((c) => c.priority === section.data.priority && c.quantity), lang);
    pages.push(
      page(`/${lang}/speech/${section.slug}/`, {
        kind: 'section',
        eyebrow: t('priority.label', { number: section.data.priority }),
        title: section.data.title,
        ...(figure ? { figure } : { subtitle: t('site.tagline') }),
      }),
    );
  }
  for (const programme of await programmes(lang)) {
    const [own] = programme.data.figures;
    const figure = own
      ? { value: own.value, label: own.label }
      : commitmentFigure(all.find((c) => c.programmes.includes(programme.slug) && c.quantity), lang);
    pages.push(
      page(`/${lang}/programmes/${programme.slug}/`, {
        kind: 'programme',
        eyebrow: t(`programmes.kind_${programme.data.kind}`),
        title: programme.data.fullName,
        ...(figure ? { figure } : { subtitle: programme.data.summary }),
      }),
    );
  }
  return pages;
});

/**
 * The card of the language chooser `/`, the site's most shared address: both languages on one image.
 * @example (await chooserPreview()).card.subtitle
 */
export async function chooserPreview(): Promise<PreviewPage> {
  const [kk, ru] = LANGS.map(useTranslations) as [ReturnType<typeof useTranslations>, ReturnType<typeof useTranslations>];
  return { path: '/', card: previewCard({ lang: 'kk', kind: 'chooser', title: kk('site.tagline'), subtitle: ru('site.tagline') }) };
}

/**
 * Every page's card, the chooser's included: what the image route renders.
 * @example (await allPreviewPages()).length
 */
export async function allPreviewPages(): Promise<PreviewPage[]> {
  return [await chooserPreview(), ...(await Promise.all(LANGS.map(previewPages))).flat()];
}

/**
 * The card of one page, or undefined when the page has none.
 * @example (await previewOf('ru', '/ru/programmes/qoldau/'))?.title
 */
export async function previewOf(lang: Lang, path: string): Promise<PreviewCard | undefined> {
  return (await previewsByPath(lang)).get(path);
}

// Every page looks up its own card: index them once per build.
const previewsByPath = oncePerKey(async (lang: Lang) => new Map((await previewPages(lang)).map((p) => [p.path, p.card])));
