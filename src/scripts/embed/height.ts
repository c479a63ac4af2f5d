// Embed views only: tells the page that frames this view how tall the content is, so that the frame gets
// exactly that height and the reader never meets a second scrollbar. Two listeners may be there: our
// /embed.js (the frame's id is in the address, `?id=…`) and WordPress's wp-embed.js (its secret is in the
// hash, `#?secret=…`). Either may start before or after this view, so the view reports on its own load
// and again whenever one of them asks.
import { heightMessage, isMeasureRequest, isWordpressReady, wordpressMessage, wordpressSecret } from '@/lib/embed/protocol';

const id = new URLSearchParams(location.search).get('id');
const secret = wordpressSecret(location.hash);

if ((id || secret) && window.parent !== window) {
  const report = () => {
    // The root element's box is the content's height, whatever the frame's current height is.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    // The host's origin is unknown here (in WordPress's sandbox this view's own origin is opaque) and the
    // height is no secret; the host side checks where a message comes from.
    if (id) window.parent.postMessage(heightMessage(id, height), '*');
    if (secret) window.parent.postMessage(wordpressMessage('height', height, secret), '*');
  };
  report();
  // Width changes, late fonts and content that opens or closes all change the root element's size.
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
  addEventListener('resize', report);
  void document.fonts.ready.then(report);
  // A host script that starts after this view asks for the height; only the framing page may ask.
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (isMeasureRequest(event.data) || (secret && isWordpressReady(event.data, secret))) report();
  });
}
