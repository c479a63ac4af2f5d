import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '@/build/admin-files';

export const getStaticPaths: GetStaticPaths = () => decapFiles().map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(decapFile(String(params.file))));
