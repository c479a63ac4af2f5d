import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedPreview } from '@/build/preview-image';
import { allPreviewPages } from '@/data/previews';
import { previewImagePath, type PreviewCard } from '@/lib/preview/card';

// One preview image per card of src/data/previews.ts, at the address the page announces.
export const getStaticPaths = (async () =>
  (await allPreviewPages()).map(({ path, card }) => ({
    params: { page: previewImagePath(path).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
