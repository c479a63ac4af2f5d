// Embed views only, inside WordPress: WordPress frames embeds in a sandbox that may not navigate the top
// window, so a link meant for it (`target="_top"`, to our full page) would do nothing. The view asks
// WordPress's wp-embed.js to open it instead, as WordPress's own post embeds do; wp-embed.js opens only
// addresses of the frame's own host, which every `_top` link of an embed view is.
import { wordpressMessage, wordpressSecret } from '@/lib/embed/protocol';

const secret = wordpressSecret(location.hash);

if (secret && window.parent !== window) {
  document.addEventListener('click', (event) => {
    // A modified click means "elsewhere" (new tab or window), which the sandbox handles or refuses itself.
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href][target="_top"]') : null;
    if (!link) return;
    event.preventDefault();
    window.parent.postMessage(wordpressMessage('link', link.href, secret), '*');
  });
}
