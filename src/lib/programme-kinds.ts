/** What sort of thing a programme page describes; each has a UI label in `src/i18n`. */
export const PROGRAMME_KINDS = ['programme', 'centre', 'fund', 'company', 'service', 'plan', 'law', 'project'] as const;

export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
