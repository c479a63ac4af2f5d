export function charsPerLine(): number;
export function visibleNavLinks(): { count: number; current: string[] };
export function firstScreen(): { header: number; firstParagraph: number };
