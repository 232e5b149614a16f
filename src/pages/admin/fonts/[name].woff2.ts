/** /admin/fonts/<name>.woff2: the CMS's fonts and icons, self-hosted from the package. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_FONTS, CMS_VERSION, cmsFontBytes } from '#src/lib/cms/vendor.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

// Copied from the pinned package, so its version is their key (see src/lib/content/cache-key.ts).
export const getStaticPaths = (() =>
  CMS_FONTS.map((font) => ({
    params: { name: font.file.replace(/\.woff2$/, '') },
    props: { prefix: font.prefix },
    cacheKey: cacheKeyOf(CMS_VERSION, font.file),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cmsFontBytes(props.prefix as string)), { headers: { 'Content-Type': 'font/woff2' } });
