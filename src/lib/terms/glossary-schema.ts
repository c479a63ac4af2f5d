import { z } from 'astro/zod';

/**
 * One entry of `content/glossary.yaml`: a Russian term and the one Kazakh rendering the site uses for it.
 * An official name (`official: true`) says where its official Kazakh form is published (`source`), or what
 * was searched in vain (`sourceNotFound`), never both, so the next editor knows whether it is verified.
 * @example glossaryTermSchema.parse({ ru: 'аким', kk: 'әкім' }).kk // 'әкім'
 */
export const glossaryTermSchema = z
  .object({
    ru: z.string().min(1),
    kk: z.string().min(1),
    note: z.string().optional(),
    /** `false` where the Russian word also has a sense this term does not render (src/lib/terms/consistency.ts). */
    check: z.boolean().optional(),
    /** Kazakh renderings the site must not use for this term; the build names any place that does. */
    avoid: z.array(z.string().min(1)).optional(),
    official: z.boolean().optional(),
    source: z.url({ protocol: /^https?$/, message: 'must be the web address where the official Kazakh form is published' }).optional(),
    sourceNotFound: z.string().min(1).optional(),
    /** Further pages a `note` cites (addresses stay out of the note's text). */
    seeAlso: z.array(z.url({ protocol: /^https?$/ })).optional(),
    /** An interface term: search does not translate it. */
    scope: z.enum(['ui']).optional(),
  })
  .strict()
  .superRefine((term, ctx) => {
    if (term.official && (term.source === undefined) === (term.sourceNotFound === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['official'], message: 'an official name needs either "source" (the address where its Kazakh form is published) or "sourceNotFound" (what was searched)' });
    }
    if (!term.official && (term.source !== undefined || term.sourceNotFound !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: '"source" and "sourceNotFound" belong to official names: add "official: true" or remove them' });
    }
  });

/** One entry of the glossary, as checked. */
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
