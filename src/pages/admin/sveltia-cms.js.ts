/**
 * /admin/sveltia-cms.js: the CMS itself, from the pinned npm package, changed only so that it asks
 * no other site for anything (src/lib/cms/vendor.ts). Each of the CMS's files has a route of its
 * own, named with its extension, so `npm run dev` serves it at the same address as the build.
 */
import type { APIRoute } from 'astro';
import { servedCms } from '#src/lib/cms/vendor.ts';

export const GET: APIRoute = () => new Response(servedCms(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
