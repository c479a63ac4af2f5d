// The header menu is a <details> and works without JavaScript; this makes it behave like a menu on
// phones: Escape closes it and gives focus back to its button, a click elsewhere closes it.
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
if (menu) {
  const button = menu.querySelector('summary')!;
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    button.focus();
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
