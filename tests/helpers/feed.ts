import { spawnSync } from 'node:child_process';

const PYTHON = '/usr/bin/python3';

// Debian's python3-feedparser, the reference feed parser: its "bozo" flag is set by any XML or feed error.
const PARSE = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": d.bozo, "error": str(d.get("bozo_exception", "")), "version": d.version,
  "feed": {"id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"), "author": d.feed.get("author"),
           "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])]},
  "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "updated": e.get("updated"), "summary": e.get("summary")} for e in d.entries],
}))
`;

const probe = spawnSync(PYTHON, ['-c', 'import feedparser'], { encoding: 'utf8' });
/** True when the feed tests must be skipped (no python3-feedparser, outside CI only). */
export const noFeedParser = probe.status !== 0;

if (noFeedParser) {
  const message = `No feed parser: ${PYTHON} cannot import feedparser. Install it with "apt-get install python3-feedparser".`;
  if (process.env.CI) throw new Error(`${message} Feed tests cannot be skipped in CI.`);
  console.warn(`\n!!! ${message}\n!!! FEED TESTS ARE SKIPPED.\n`);
}

/** What feedparser made of a feed. */
export interface ParsedFeed {
  bozo: boolean | number;
  error: string;
  version: string;
  feed: { id: string; title: string; updated: string; author: string; links: Array<{ rel: string; href: string }> };
  entries: Array<{ id: string; title: string; link: string; updated: string; summary: string }>;
}

/**
 * Parses a feed's XML with Python's feedparser.
 * @example parseFeed(readFileSync('dist/ru/feed.xml')).bozo // 0
 */
export function parseFeed(xml: string | Buffer): ParsedFeed {
  const result = spawnSync(PYTHON, ['-c', PARSE], { input: xml, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`feedparser failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ParsedFeed;
}
