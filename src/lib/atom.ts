/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent, unique IRI; the same entry keeps it from build to build. */
  id: string;
  title: string;
  /** ISO day (YYYY-MM-DD) or RFC 3339 date-time. */
  updated: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  summary: string;
}

/** An Atom 1.0 feed (RFC 4287). */
export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself (rel="self"). */
  self: string;
  /** Absolute address of the site page the feed stands for (rel="alternate"). */
  alternate: string;
  author: string;
  /** Used when there is no entry; otherwise the feed is as new as its newest entry. */
  updated: string;
  entries: AtomEntry[];
}

// XML 1.0 forbids most control characters even as references; content never needs them.
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * An RFC 3339 date-time for Atom: a bare day is midnight UTC.
 * @example atomDate('2020-03-01') // '2020-03-01T00:00:00Z'
 */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/**
 * The feed as Atom 1.0 XML, entries newest first.
 * @example atomXml({ id, lang: 'ru', title: 'Joldau', subtitle, self, alternate, author: 'Joldau', updated: '2026-12-02', entries: [] }).startsWith('<?xml') // true
 */
export function atomXml(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => atomDate(b.updated).localeCompare(atomDate(a.updated)));
  const updated = entries[0]?.updated ?? feed.updated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
