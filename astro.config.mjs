// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { SITE } from './src/config.ts';

// The build writes to a staging folder (scripts/build.ts) and only a complete build replaces dist/.
const outDir = process.env.RT_OUT_DIR ?? './dist';

export default defineConfig({
  site: SITE.url,
  outDir,
  // Build tests on fixture content keep their content cache apart from the real one.
  cacheDir: process.env.RT_CACHE_DIR,
  trailingSlash: 'always',
  // Every script and stylesheet is a file of its own, so the Content-Security-Policy needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // securityHeaders() last: it writes _headers for every file the others have written.
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex(), securityHeaders()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
