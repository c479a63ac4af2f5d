import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '@/build/admin-files';

export const getStaticPaths: GetStaticPaths = () => decapFiles().map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(decapFile(String(params.file)));
