import type { APIRoute, GetStaticPaths } from 'astro';
import type { EmbeddablePage } from '@/lib/embed/views';
import { oembedOf } from '@/data/embeds';
import { embeddablePages } from '@/data/embed-routes';

export const getStaticPaths = (async () =>
  (await embeddablePages()).map(({ page }) => ({
    // /ru/speech/economy/ → /oembed/ru/speech/economy.json (src/lib/embed/views.ts: oembedPath)
    params: { page: page.path.replace(/^\/|\/$/g, '') },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: EmbeddablePage }> = ({ props }) => Response.json(oembedOf(props.page));
