// Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, line feed, return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Text escaped for an XML element or a double-quoted attribute; throws on a character XML cannot hold.
 * @example xmlText('«Qoldaý» & <b>') // '«Qoldaý» &amp; &lt;b&gt;'
 */
export function xmlText(text: string): string {
  if (NOT_XML.test(text)) throw new Error(`XML cannot hold the control character in "${text.slice(0, 60)}"`);
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
