import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { editorConfig } from '@/build/admin-config';

export const GET: APIRoute = () =>
  new Response(`# Written at build time by src/build/admin-config.ts; do not edit.\n${stringify(editorConfig(process.cwd()), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
