import type { APIRoute } from 'astro';
import { bundleBrowserScript } from '@/build/browser-bundle';

export const GET: APIRoute = async () =>
  new Response(await bundleBrowserScript('src/scripts/admin/editor.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
