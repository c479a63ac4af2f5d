import type { APIRoute } from 'astro';
import { SITE_URL } from '@/build/site-url';
import { openRecords } from '@/data/commitments';
import { UTF8_BOM } from '@/lib/csv';
import { commitmentsCsv } from '@/lib/open-data';

export const GET: APIRoute = async () =>
  new Response(UTF8_BOM + commitmentsCsv(await openRecords(), SITE_URL), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
