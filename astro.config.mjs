// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { SITE } from './src/config.ts';

// The build writes to a staging folder (scripts/build.ts) and only a complete build replaces dist/.
const outDir = process.env.RT_OUT_DIR ?? './dist';
// Build tests give each build its own content cache, so builds of different content never share one.
const cacheDir = process.env.RT_CACHE_DIR;

export default defineConfig({
  site: SITE.url,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
