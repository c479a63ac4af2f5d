import type { APIRoute, GetStaticPaths } from 'astro';
import type { EmbeddablePage } from '@/lib/embed/views';
import { oembedOf } from '@/data/embeds';

interface EmbedRoute {
  getStaticPaths: () => Promise<Array<{ props: { page: EmbeddablePage } }>>;
}

// The embed routes are the list of embeddable pages: the static paths of each carry the page it shows.
// A new embed route thus gets its oEmbed answer without being registered anywhere else.
const embedRoutes = import.meta.glob<EmbedRoute>('../embed/**/*.astro', { eager: true });

export const getStaticPaths = (async () => {
  const routes = await Promise.all(Object.values(embedRoutes).map((route) => route.getStaticPaths()));
  return routes.flat().map(({ props: { page } }) => ({
    // /ru/speech/economy/ → /oembed/ru/speech/economy.json (src/lib/embed/views.ts: oembedPath)
    params: { page: page.path.replace(/^\/|\/$/g, '') },
    props: { page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: EmbeddablePage }> = ({ props }) => Response.json(oembedOf(props.page));
