import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {};

/**
 * One hash over everything the index is made from: every built HTML page, Pagefind's options,
 * and the lockfile (which pins Pagefind's version).
 */
function indexInputsDigest(site: string, lockfile: string): string {
  const hash = createHash('sha256').update(JSON.stringify(INDEX_OPTIONS)).update('\0');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile)).update('\0');
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(site, file))).update('\0');
  return hash.digest('hex');
}

/**
 * Builds the Pagefind search index from the finished HTML, as the last step of `astro build`.
 * Only elements marked data-pagefind-body (each page's main content) are indexed.
 * The index depends on nothing but the pages: when they are byte for byte those of the last
 * build, the index that build made is reused from Astro's cache folder.
 */
export function pagefindIndex(): AstroIntegration {
  let cache = '';
  let lockfile = '';
  return {
    name: 'rt-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'rt-pagefind');
        lockfile = join(fileURLToPath(config.root), 'package-lock.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const started = performance.now();
        const seconds = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
        const digest = indexInputsDigest(site, lockfile);
        const cachedIndex = join(cache, 'index');
        const digestFile = join(cache, 'pages.sha256');
        if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest && existsSync(cachedIndex)) {
          cpSync(cachedIndex, output, { recursive: true });
          logger.info(`Pages unchanged since the last build: reused its search index in ${seconds()}.`);
          return;
        }

        const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search in ${seconds()}.`);

        rmSync(cache, { recursive: true, force: true });
        cpSync(output, cachedIndex, { recursive: true });
        writeFileSync(digestFile, digest);
      },
    },
  };
}
