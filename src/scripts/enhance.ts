// Small progressive enhancements for reading pages; everything works without them. One script for all
// of them: a separate file for a page's own control would cost a request and more bytes than its code.
import { copyText } from './copy-text';
import './site-menu';
import './page-nav';

const KEY = 'joldau-lang';

// The language switcher keeps the reader's place: carry the paragraph anchor to the other language.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.hash = location.hash;
    link.href = target.href;
    try {
      localStorage.setItem(KEY, link.hreflang);
    } catch {
      // Not remembered in private mode; nothing else depends on it.
    }
  });
}

// ¶ links copy the paragraph's address as well as jumping to it.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('.speech-text p > a:last-child');
  if (!link) return;
  const url = new URL(link.href);
  void copyText(url.href).then((ok) => {
    if (!ok) return;
    const status = document.getElementById('copy-status');
    if (status) status.textContent = status.dataset.message ?? '';
  });
});

// "/" focuses the search field, as on most sites with search.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active as HTMLElement | null)?.isContentEditable) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!field) return;
  event.preventDefault();
  // On phones the field is in the closed header menu.
  const menu = field.closest('details');
  if (menu) menu.open = true;
  field.focus();
});
