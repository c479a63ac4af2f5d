import type { APIRoute } from 'astro';
import { feedOf } from '@/data/feed';
import { atomXml } from '@/lib/atom';
import { languagePaths, type Lang } from '@/lib/languages';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(atomXml(await feedOf(params.lang as Lang)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
