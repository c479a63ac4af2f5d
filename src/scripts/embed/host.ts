// /embed.js, the script a webmaster pastes with the iframe: gives each of our iframes on their page the
// height its content reports. It trusts a message only if it comes from our site's origin (read from this
// script's own address) and from the very frame whose id it names, and ignores everything else.
import { isHeightMessage, measureRequest } from '@/lib/embed/protocol';

const script = document.currentScript;
// Every snippet carries this script, so a page with several embeds runs it several times: listen once.
const LISTENING = Symbol.for('joldau.embed');
const host = window as Window & { [LISTENING]?: true };

if (script instanceof HTMLScriptElement && !host[LISTENING]) {
  host[LISTENING] = true;
  const siteOrigin = new URL(script.src).origin;
  window.addEventListener('message', (event) => {
    if (event.origin !== siteOrigin || !isHeightMessage(event.data)) return;
    const frame = document.getElementById(event.data.id);
    if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) return;
    // The content needs the frame's inner height; where the host's CSS sizes boxes with their border and
    // padding (a common `* { box-sizing: border-box }`), those come on top.
    const style = getComputedStyle(frame);
    const sides = ['border-top-width', 'border-bottom-width', 'padding-top', 'padding-bottom'];
    const extra = style.boxSizing === 'border-box' ? sides.reduce((sum, side) => sum + parseFloat(style.getPropertyValue(side)), 0) : 0;
    frame.style.height = `${event.data.height + extra}px`;
  });
  // Deferred scripts, tag managers and footer scripts start this script long after the frames loaded and
  // reported: ask each frame of ours to report again. Frames still loading report on their own load. The
  // request holds nothing, so any origin may receive it (a lazy frame not yet loaded is about:blank).
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.src.startsWith(`${siteOrigin}/`)) frame.contentWindow?.postMessage(measureRequest(), '*');
  }
}
