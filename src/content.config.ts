import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chartSchema, frontmatterDay, paragraphId, priority, slug } from '@/lib/content-schemas';
import { commitmentSchema } from '@/lib/commitments/schema';
import { PROGRAMME_KINDS } from './lib/programme-kinds';

// Ids are "{lang}/{slug}" exactly as the file is named (the default would turn "ru/index" into "ru").
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const lang = z.enum(['kk', 'ru']);

/** A section of the speech in one language: `content/speech/{kk,ru}/{slug}.mdx`. */
const speech = defineCollection({
  loader: glob({ base: './content/speech', pattern: '{kk,ru}/*.mdx', generateId: fileId }),
  schema: z
    .object({
      title: z.string().min(1),
      shortTitle: z.string().min(1),
      /** 0 for the introduction, 1–5 for the President's five priorities. */
      priority: z.number().int().min(0).max(5),
      order: z.number().int().min(0),
      summary: z.string().min(1),
      /** The news lead under the headline (introduction only). */
      lead: z.string().optional(),
      leadOriginalLanguage: lang.optional(),
      /** Language in which the body was delivered. */
      originalLanguage: lang,
      /** Where the speaker switched language: from this paragraph number on, the original is `lang`. */
      originalLanguageFrom: z.array(z.object({ paragraph: z.number().int().min(1), lang })).optional(),
      /** Typos of the source that we corrected, listed in an editorial note; `date` (published) dates its feed entry. */
      corrections: z.array(z.object({ source: z.string().min(1), corrected: z.string().min(1), date: frontmatterDay }).strict()).optional(),
    })
    .strict(),
});

/** A programme, centre, fund, plan or law the speech names: `content/programmes/{kk,ru}/{slug}.mdx`. */
const programmes = defineCollection({
  loader: glob({ base: './content/programmes', pattern: '{kk,ru}/*.mdx', generateId: fileId }),
  schema: z
    .object({
      name: z.string().min(1),
      fullName: z.string().min(1),
      kind: z.enum(PROGRAMME_KINDS),
      priorities: z.array(priority).min(1),
      related: z.array(slug).default([]),
      /** Every spelling people search with: Cyrillic, Latin (2018 and 2021 alphabets), transliterations. */
      aliases: z.array(z.string().min(2)).min(1),
      /** Exact strings that name it in the speech text of this language; each occurrence is linked. */
      match: z.array(z.string().min(2)).min(1),
      summary: z.string().min(1),
      figures: z
        .array(z.object({ value: z.string().min(1), label: z.string().min(1), paragraph: paragraphId }))
        .default([]),
      order: z.number().int().min(0).default(100),
    })
    .strict(),
});

/** Every commitment the speech makes: `content/commitments.yaml`. */
const commitments = defineCollection({ loader: file('./content/commitments.yaml'), schema: commitmentSchema });

/** Figures drawn as charts on the commitments page: `content/charts.yaml`. */
const charts = defineCollection({ loader: file('./content/charts.yaml'), schema: chartSchema });

export const collections = { speech, programmes, commitments, charts };
