/** /admin/sveltia/package.json: what the CMS's update check reads; the same version, so no notice and no CDN. */
import type { APIRoute } from 'astro';
import { CMS_VERSION } from '#src/lib/cms/vendor.ts';

export const GET: APIRoute = () => Response.json({ name: '@sveltia/cms', version: CMS_VERSION });
