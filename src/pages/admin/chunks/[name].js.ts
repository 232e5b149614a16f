/** /admin/chunks/<name>.js: the CMS's code split into chunks, loaded beside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsChunk, cmsChunkNames } from '#src/lib/cms/vendor.ts';

export const getStaticPaths = (() => cmsChunkNames().map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(cmsChunk(params.name!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
