// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { i18nCheck } from './src/integrations/i18n-check.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { publishSchedule } from './src/integrations/publish-schedule.ts';
import { SITE } from './src/config.ts';
import { CACHE_DIR, OUT_DIR } from './src/env.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, splitLocalePath } from './src/i18n/locales.ts';
import { hreflangAlternates } from './src/lib/site/urls.ts';

// The build writes to a staging folder (scripts/build.ts) and only a complete build replaces dist/.
// A build "as of" another moment (BUILD_TIME) is a preview and never goes to dist/, the folder deployed.
const outDir = OUT_DIR;
// Build tests and the benchmark give each fixture or synthetic site its own cache, so they never
// disturb (or time) the cache of the real site.
const cacheDir = CACHE_DIR;

export default defineConfig({
  site: SITE.url,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Every script and stylesheet is a file of its own, so the Content-Security-Policy needs no hashes.
  // concurrency: while one route waits for its PDF or card from the worker pool
  // (src/lib/workers/pool.ts), the next pages render, so every core is busy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // securityHeaders() last: it writes _headers for every file the others have written.
  // English keeps today's addresses; other languages live under /<code>/ (src/pages/[...locale]/, src/i18n/routing.ts).
  i18n: { locales: LOCALE_CODES, defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [
    i18nCheck(),
    // First: checks every content file before anything is loaded or rendered, and links after.
    contentGuard(),
    mdx(),
    sitemap({
      // The admin (/admin/, issue #14) is for campaign staff, never for search engines.
      filter: (page) => !page.endsWith('/404/') && !new URL(page).pathname.startsWith('/admin/'),
      // Finds each page's translations by address; serialize() then lists them as xhtml:link
      // alternates from the same function as the page heads' hreflang links (x-default included).
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, code])) },
      serialize: (item) => {
        if (!item.links) return item;
        const { path } = splitLocalePath(new URL(item.url).pathname);
        const codes = item.links.map((/** @type {{ lang: string }} */ link) => link.lang);
        return { ...item, links: hreflangAlternates(codes, path, SITE.url).map(({ hreflang, href }) => ({ lang: hreflang, url: href })) };
      },
    }),
    pagefindIndex(),
    publishSchedule(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX entry with this directive and the bundler warns once per file:
        // thousands of identical lines at scale, which would bury a warning that matters.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // Content images (astro:assets, including ![alt](./file.png) in MDX) get a srcset of sizes up to
  // their own width, WebP, and width and height attributes so nothing shifts as they load.
  image: { layout: 'constrained' },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/content/cache-key.ts) are copied from the cache
  // when neither their content nor their code changed since the last build.
  experimental: { incrementalBuild: true },
});
