// Embed views only: `?theme=light` or `?theme=dark` in the iframe URL fixes the colours to match the host
// site, whatever the reader's system prefers. The palettes live once, in global.css, under
// `prefers-color-scheme` media rules; switching those rules on or off reuses them instead of copying them.
const theme = new URLSearchParams(location.search).get('theme');

if (theme === 'light' || theme === 'dark') {
  document.documentElement.style.colorScheme = theme;
  for (const sheet of document.styleSheets) {
    // Our CSS is inline, so its rules can be read even in a sandbox without same-origin (WordPress); a
    // cross-origin sheet's cannot, and is skipped.
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSMediaRule)) continue;
      const scheme = /^\(prefers-color-scheme:\s*(light|dark)\)$/.exec(rule.media.mediaText);
      if (scheme) rule.media.mediaText = scheme[1] === theme ? 'all' : 'not all';
    }
  }
}
