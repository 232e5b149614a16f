/**
 * /admin/config.json: the CMS configuration, generated from the schemas (src/lib/cms/config.ts)
 * and the git host given in environment variables at build time (src/lib/cms/backend.ts).
 * Without a git host it has no `backend`, and /admin/ says how to configure one; under
 * `npm run dev` it offers the local checkout instead (the CMS's local-repository mode).
 */
import { ENV } from '#src/env.ts';
import type { APIRoute } from 'astro';
import siteStylesheet from '../../styles/global.css?url';
import { backendFromEnv, LOCAL_CHECKOUT_BACKEND } from '#src/lib/cms/backend.ts';
import { cmsConfig } from '#src/lib/cms/config.ts';

export const GET: APIRoute = () => {
  const setup = backendFromEnv(ENV);
  const backend = setup.ok ? setup.backend : import.meta.env.DEV ? LOCAL_CHECKOUT_BACKEND : null;
  // previewStyles is read by src/lib/client/admin-start.ts, not by the CMS: the preview pane uses the site's stylesheet.
  const body = { ...cmsConfig(backend), previewStyles: [siteStylesheet] };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
