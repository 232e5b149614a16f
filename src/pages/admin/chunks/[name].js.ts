/** /admin/chunks/<name>.js: the CMS's code split into chunks, loaded beside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_VERSION, cmsChunk, cmsChunkNames } from '#src/lib/cms/vendor.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

// Copied from the pinned package, so its version is their key (see src/lib/content/cache-key.ts).
export const getStaticPaths = (() =>
  cmsChunkNames().map((name) => ({ params: { name }, cacheKey: cacheKeyOf(CMS_VERSION, name) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsChunk(params.name!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
