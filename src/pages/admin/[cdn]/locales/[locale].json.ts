/**
 * /admin/sveltia@<version>/locales/<locale>.json: the CMS's other interface languages, from the
 * package, where it looks for them once its CDN address points at the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_LOCAL_BASE, CMS_VERSION, cmsLocale, cmsLocales } from '#src/lib/cms/vendor.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

const cdn = `${CMS_LOCAL_BASE.replace(/^\/admin\//, '')}@${CMS_VERSION}`;

// Copied from the pinned package, so its version is their key (see src/lib/content/cache-key.ts).
export const getStaticPaths = (() =>
  cmsLocales().map((locale) => ({ params: { cdn, locale }, cacheKey: cacheKeyOf(CMS_VERSION, locale) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsLocale(params.locale!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
