import type { EmbedCardContent } from '../lib/embed/card';
import type { EmbeddablePage } from '../lib/embed/views';

/** What every embed route gives each of its static paths: the full page it shows and that page's card. */
export interface EmbedRouteProps {
  page: EmbeddablePage;
  card: EmbedCardContent;
}

interface EmbedRoute {
  getStaticPaths: () => Promise<Array<{ props: EmbedRouteProps }>> | Array<{ props: EmbedRouteProps }>;
}

// The embed routes are the list of embeddable pages: the static paths of each carry the page it shows
// and its card. A new embed route thus gets its card and oEmbed answer without being registered anywhere
// else. The card route itself reads this list, so it stays out.
const embedRoutes = import.meta.glob<EmbedRoute>(['../pages/embed/**/*.astro', '!../pages/embed/*/card/**'], { eager: true });

/**
 * Every embeddable page with its card, from the static paths of the embed routes.
 * @example (await embeddablePages()).map(({ page }) => page.path) // ['/kk/commitments/', …]
 */
export async function embeddablePages(): Promise<EmbedRouteProps[]> {
  const routes = await Promise.all(Object.values(embedRoutes).map((route) => route.getStaticPaths()));
  return routes.flat().map(({ props: { page, card } }) => ({ page, card }));
}
