// Embed views only: tells the page that frames this view how tall the content is, so that /embed.js can
// give the iframe exactly that height and the reader never meets a second scrollbar.
import { heightMessage } from '@/lib/embed/protocol';

// The snippet names its iframe in the URL (?id=…); without a name, or outside a frame, nobody is listening.
const id = new URLSearchParams(location.search).get('id');

if (id && window.parent !== window) {
  const report = () => {
    // The root element's box is the content's height, whatever the frame's current height is.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    // The host's origin is unknown here and the height is no secret; /embed.js checks where it comes from.
    window.parent.postMessage(heightMessage(id, height), '*');
  };
  report();
  // Width changes, late fonts and content that opens or closes all change the root element's size.
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
  addEventListener('resize', report);
  void document.fonts.ready.then(report);
}
