import type { APIRoute } from 'astro';
import { SITE_URL } from '@/build/site-url';
import { robotsTxt } from '@/lib/robots';

export const GET: APIRoute = () => new Response(robotsTxt(SITE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
