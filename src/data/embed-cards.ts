import { useTranslations } from '../i18n';
import { embedCard, type EmbedCardContent } from '../lib/embed/card';
import type { Commitment } from '@/lib/commitments/schema';
import { quantityParts } from '../lib/format';
import type { Lang } from '../lib/languages';
import { commitments, priorityTitles } from './commitments';
import type { ProgrammeEntry } from './programmes';
import { sectionOfParagraph } from '../lib/speech-sections';
import { sectionBlocksOf, speechSection, type SpeechEntry } from './speech';

function paragraphsOf(entry: { slug: string; body?: string }): string[] {
  return sectionBlocksOf(entry).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/**
 * The card of a speech section: its summary and the figures its priority promises (the key-figure strip
 * of the full page), or, for the opening, its first paragraph.
 * @example (await sectionCard('ru', economy)).figures[0]?.paragraph // 'economy-1'
 */
export async function sectionCard(lang: Lang, section: SpeechEntry & { slug: string }): Promise<EmbedCardContent> {
  const ofPriority = (await commitments()).filter((c) => section.data.priority > 0 && c.priority === section.data.priority);
  const figures = ofPriority.flatMap((c) => {
    if (!c.quantity) return [];
    return [{ value: quantityFigure(c.quantity, lang), label: c.text[lang], paragraph: c.paragraph }];
  });
  return embedCard({ summary: section.data.summary, figures, paragraphs: paragraphsOf(section) });
}

/**
 * The card of a programme page: its summary and its figures, each citing its paragraph, or else the
 * first paragraph of its text.
 * @example programmeCard(qoldau).figures.map((f) => f.value) // ['6', '525', '30']
 */
export function programmeCard(programme: ProgrammeEntry): EmbedCardContent {
  const { summary, figures } = programme.data;
  return embedCard({ summary, figures, paragraphs: paragraphsOf(programme) });
}

/**
 * The card of the commitments page: what the table is, and how many commitments it holds.
 * @example (await commitmentsCard('ru')).excerpt // '72 обязательства'
 */
export async function commitmentsCard(lang: Lang): Promise<EmbedCardContent> {
  const t = useTranslations(lang);
  return embedCard({ summary: t('commitments.intro'), figures: [], paragraphs: [t('commitments.count', { count: (await commitments()).length })] });
}

/**
 * The card of one commitment: its deadline in the speech's words and its priority, then its quantity or
 * the paragraph that promised it.
 * @example (await commitmentCard('ru', cameras)).figures[0]?.paragraph // 'security-3'
 */
export async function commitmentCard(lang: Lang, commitment: Commitment): Promise<EmbedCardContent> {
  const t = useTranslations(lang);
  const deadline = commitment.deadlineText?.[lang];
  const figures = commitment.quantity ? [{ value: quantityFigure(commitment.quantity, lang), label: commitment.text[lang], paragraph: commitment.paragraph }] : [];
  const section = await speechSection(lang, sectionOfParagraph(commitment.paragraph));
  const quote = sectionBlocksOf(section).find((b) => b.id === commitment.paragraph);
  const context = t('commitment.context', { priority: (await priorityTitles()).get(commitment.priority)![lang] });
  return embedCard({ summary: deadline ? `${t('commitment.deadline')}: ${deadline}. ${context}` : context, figures, paragraphs: quote ? [quote.text] : [] });
}

function quantityFigure(quantity: NonNullable<Commitment['quantity']>, lang: Lang): string {
  const { number, unit } = quantityParts(quantity, lang);
  return `${number} ${unit}`.trim();
}
