// `npm run bench:layout` (after a build): how the reading layout uses phone and wide screens, measured in
// Chromium on the economy section in both languages. Prints, per language: the header's height and the
// first paragraph's top at 390×844; at 1600×1000, scrolled to a paragraph in the middle, the navigation
// links in view and whether the current section is marked; and the characters per line of the text.
// `-- --shots=NAME` also writes screenshots to .shots/NAME-{lang}-{phone,wide}.png. Checks nothing.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { charsPerLine, firstScreen, visibleNavLinks } from '../layout-metrics.mjs';
import { serve } from '../static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = process.argv.find((a) => a.startsWith('--shots='))?.slice('--shots='.length);
const PAGE = '/{lang}/speech/economy/';
const MIDDLE = 'economy-20';

const server = await serve({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
if (shots) mkdirSync('.shots', { recursive: true });
const rows = [];
for (const lang of ['ru', 'kk']) {
  const url = `${server.url}${PAGE.replace('{lang}', lang)}`;
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(url, { waitUntil: 'networkidle' });
  const top = await phone.evaluate(firstScreen);
  const phoneChars = await phone.evaluate(charsPerLine);
  if (shots) await phone.screenshot({ path: `.shots/${shots}-${lang}-phone.png` });
  await phone.close();

  const wide = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await wide.goto(url, { waitUntil: 'networkidle' });
  await wide.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), MIDDLE);
  await wide.waitForTimeout(300);
  const nav = await wide.evaluate(visibleNavLinks);
  const wideChars = await wide.evaluate(charsPerLine);
  if (shots) await wide.screenshot({ path: `.shots/${shots}-${lang}-wide.png` });
  await wide.close();
  rows.push({
    lang,
    'header px (390)': top.header,
    'first ¶ top px (390)': top.firstParagraph,
    'chars/line (390)': phoneChars,
    'nav links in view (1600, mid)': nav.count,
    'marked current': nav.current.join(' | ') || '—',
    'chars/line (1600)': wideChars,
  });
}
await browser.close();
await server.close();
console.log(`${PAGE}: phone 390×844, wide 1600×1000 scrolled to #${MIDDLE}`);
console.table(rows);
