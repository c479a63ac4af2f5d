// Measures of the reading layout, evaluated in the page (page.evaluate(fn)): used by `npm run bench:layout`
// and tests/layout.browser.test.ts.

/**
 * Median characters per full line of the text column (the last line of each paragraph left out).
 * @example await page.evaluate(charsPerLine) // 60
 */
export const charsPerLine = () => {
  const counts = [];
  for (const p of document.querySelectorAll('.speech-text p')) {
    const perLine = new Map();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.speech-text p > a:last-child')) continue;
      for (let i = 0; i < node.length; i += 1) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const line = Math.round(rect.bottom);
        perLine.set(line, (perLine.get(line) ?? 0) + 1);
      }
    }
    counts.push(...[...perLine.values()].slice(0, -1));
  }
  counts.sort((a, b) => a - b);
  return counts[Math.floor(counts.length / 2)];
};

/**
 * Links inside navigation landmarks that a reader sees in the viewport now, and the texts of the marked ones.
 * @example await page.evaluate(visibleNavLinks) // { count: 11, current: ['¶ 17–24 …', '3 Экономика'] }
 */
export const visibleNavLinks = () => {
  const links = [...document.querySelectorAll('nav a[href], [role="navigation"] a[href]')].filter((a) => {
    const r = a.getBoundingClientRect();
    return a.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0 && r.bottom > 0 && r.top < innerHeight;
  });
  return { count: links.length, current: links.filter((a) => a.matches('[aria-current]')).map((a) => a.textContent.trim().replace(/\s+/g, ' ')) };
};

/**
 * The site header's height and the first speech paragraph's distance from the top of the page, in px.
 * @example await page.evaluate(firstScreen) // { header: 61, firstParagraph: 561 }
 */
export const firstScreen = () => ({
  header: Math.round(document.querySelector('.site-header').getBoundingClientRect().height),
  firstParagraph: Math.round(document.querySelector('.speech-text p').getBoundingClientRect().top + scrollY),
});
