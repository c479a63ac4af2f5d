import type { APIRoute } from 'astro';
import { editorPage } from '@/build/admin-files';

export const GET: APIRoute = () => new Response(editorPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
