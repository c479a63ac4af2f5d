import type { APIRoute } from 'astro';
import { SITE_URL } from '@/build/site-url';
import { openRecords } from '@/data/commitments';
import { commitmentsJson } from '@/lib/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(commitmentsJson(await openRecords(), SITE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
