import { z } from 'astro/zod';

/**
 * One entry of `content/glossary.yaml`: a Russian term and the one Kazakh rendering the site uses.
 * An official name (`official: true`) says where its official Kazakh form is published, or what was
 * searched for in vain, so that the next editor can verify it.
 * @example glossaryTermSchema.parse({ ru: 'аким', kk: 'әкім' }).kk // 'әкім'
 */
export const glossaryTermSchema = z
  .object({
    ru: z.string().min(1),
    kk: z.string().min(1),
    note: z.string().optional(),
    /** `false` where the Russian word also has a sense this term does not render (see src/lib/terms/consistency.ts). */
    check: z.boolean().optional(),
    /** Kazakh renderings the site must not use for this term; the build names any place that does. */
    avoid: z.array(z.string().min(1)).optional(),
    official: z.boolean().optional(),
    source: z.url({ protocol: /^https?$/, message: 'must be the web address where the official Kazakh form is published' }).optional(),
    sourceNotFound: z.string().min(1).optional(),
  })
  .strict()
  .refine((term) => !term.official || term.source !== undefined || term.sourceNotFound !== undefined, {
    message: 'an official name needs "source" (where its official Kazakh form is published) or "sourceNotFound" (what was searched)',
    path: ['official'],
  });
