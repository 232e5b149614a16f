/**
 * The environment variables the site reads, in one place. Modules that depend on one take the
 * environment as a parameter defaulting to ENV, so tests can pass their own; no other file reads
 * process.env. No imports: scripts/build.ts and astro.config.mjs load this with plain Node.
 *
 * SITE_URL       the public address (canonical URLs, sitemap, cards, PDFs, feed)
 * BUILD_TIME     build "as of" a moment, ISO 8601 with its zone: a preview, never deployed
 * RT_CONTENT_DIR where editors' content lives (tests point it at fixtures); content/ by default
 * RT_OUT_DIR, RT_DIST, RT_PREVIEW_DIR, RT_CACHE_DIR   where builds and their cache go
 * RT_CARD_WORKERS, RT_CARD_CACHE                      the share-card worker pool and card cache
 * CMS_*          the admin's git host (src/lib/cms/backend.ts)
 */
export type Env = Readonly<Record<string, string | undefined>>;

export const ENV: Env = process.env;

/** The public address of the deployed site, without a trailing slash. */
export const SITE_URL = (ENV.SITE_URL ?? 'https://campaign.work-with-perpetrators.eu').replace(/\/$/, '');

/** Where editors' content lives. */
export const CONTENT_DIR = (ENV.RT_CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** A BUILD_TIME build is a preview of the site as of that moment. */
export const PREVIEW_BUILD = ENV.BUILD_TIME !== undefined;

/** Where `astro build` writes (scripts/build.ts points it at a staging folder) and keeps its cache. */
export const OUT_DIR = ENV.RT_OUT_DIR ?? (PREVIEW_BUILD ? './preview' : './dist');
export const CACHE_DIR = ENV.RT_CACHE_DIR ?? './node_modules/.astro';

/** Where a finished build goes: dist/, or preview/ for a BUILD_TIME build. */
export const TARGET_DIR = PREVIEW_BUILD ? (ENV.RT_PREVIEW_DIR ?? 'preview') : (ENV.RT_DIST ?? 'dist');
