// "On this page" (src/components/PageNav.astro) works as plain links; this marks the part being read
// (aria-current="location", and its name in the phone bar) and closes the phone bar after a jump.
const nav = document.querySelector<HTMLElement>('[data-page-nav]');
if (nav) {
  const details = nav.querySelector('details')!;
  const summary = details.querySelector('summary')!;
  const where = nav.querySelector<HTMLElement>('[data-page-nav-where]')!;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('.page-nav__list a')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let current: HTMLAnchorElement | undefined;
  let queued = false;

  const mark = () => {
    queued = false;
    // The part being read is the last one that starts above the upper third of the window.
    const line = innerHeight / 3;
    let index = -1;
    targets.forEach((target, i) => {
      // A target hidden by a filter (commitments table) has no box and is not being read.
      if (target && target.getClientRects().length > 0 && target.getBoundingClientRect().top <= line) index = i;
    });
    const link = links[index];
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    current = link;
    const label = link?.querySelector('.page-nav__num')?.textContent ?? link?.textContent ?? '';
    where.textContent = label ? ` · ${label.trim()}` : '';
  };
  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(mark);
    queued = true;
  }, { passive: true });
  mark();

  // On phones the open list covers the text it jumps to: close it (on wide screens it has no button).
  nav.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && summary.offsetParent !== null) details.open = false;
  });
}
