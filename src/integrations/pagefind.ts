import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(site, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Indexes the built pages into `output`; returns how many pages went in. */
async function writeIndex(site: string, output: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  // The files come back in memory and are written here, each completely, before the Pagefind
  // process is closed: with writeFiles() the process could be closed while it was still writing
  // (a 4,096-byte cut-off stylesheet was seen), and a cut-off index file breaks search.
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
  await pagefind.close();
  for (const file of files) {
    const target = join(output, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return added.page_count;
}

/** Whether the index's entry file names at least one language index, as the browser needs. */
function indexIsComplete(output: string): boolean {
  try {
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, unknown> };
    return Object.keys(entry.languages ?? {}).length > 0;
  } catch {
    return false;
  }
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
        if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest && indexIsComplete(cachedIndex)) {
          cpSync(cachedIndex, output, { recursive: true });
          logger.info(`Pages unchanged since the last build: reused its search index in ${seconds()}.`);
          return;
        }

        let pages = await writeIndex(site, output);
        // An index whose entry file came out empty (seen once under heavy load) would publish a
        // search that cannot start: write it again, and fail the build if it is still broken.
        if (!indexIsComplete(output)) {
          logger.warn('The search index came out incomplete; writing it again.');
          rmSync(output, { recursive: true, force: true });
          pages = await writeIndex(site, output);
          if (!indexIsComplete(output))
            throw new Error(`Pagefind wrote an incomplete index (${join(output, 'pagefind-entry.json')} is not valid JSON).`);
        }
        logger.info(`Indexed ${pages} pages for search in ${seconds()}.`);

        rmSync(cache, { recursive: true, force: true });
        cpSync(output, cachedIndex, { recursive: true });
        writeFileSync(digestFile, digest);
      },
    },
  };
}
