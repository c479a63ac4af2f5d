import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedPreview, renderPreviews } from '@/build/preview-image';
import { allPreviewPages } from '@/data/previews';
import { previewImagePath, type PreviewCard } from '@/lib/preview/card';

// One preview image per card of src/data/previews.ts, at the address the page announces. The images
// not yet cached are rendered first, all at once on every core; each route then reads its own.
export const getStaticPaths = (async () => {
  const pages = await allPreviewPages();
  await renderPreviews(pages.map((p) => p.card));
  return pages.map(({ path, card }) => ({
    params: { page: previewImagePath(path).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
