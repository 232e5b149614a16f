// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { SITE } from './src/config.ts';

// The build writes to a staging folder (scripts/build.ts) and only a complete build replaces dist/.
const outDir = process.env.RT_OUT_DIR ?? './dist';

export default defineConfig({
  site: SITE.url,
  outDir,
  // Build tests on fixture content keep their content cache apart from the real one.
  cacheDir: process.env.RT_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
