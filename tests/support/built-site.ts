/** What the build in dist/ publishes, read from disk so that tests can be written out per page. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapEntries, sitemapsOfIndex } from './sitemap.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every page the built sitemap lists, as a path. Fails loudly when the site has not been built. */
export function builtSitemapPaths(): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`No ${index}: run \`npm run build\` before the browser tests.`);
  const paths = sitemapsOfIndex(readFileSync(index, 'utf8')).flatMap((sitemap) =>
    sitemapEntries(readFileSync(join(DIST, sitemap), 'utf8')).map((entry) => entry.path),
  );
  if (paths.length === 0) throw new Error('The built sitemap lists no pages.');
  return paths;
}

/**
 * The pages every site-wide check covers: the sitemap, plus the page for an unknown address and
 * the search page with results (what Pagefind adds to the page at run time).
 */
export function pagesToCheck(): string[] {
  return [...builtSitemapPaths(), '/no-such-page/', '/search/?q=perpetrator'];
}

/** Every built file below a folder of dist/, as site paths. */
export function builtFiles(folder = ''): string[] {
  return readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        '/' +
        join(entry.parentPath, entry.name)
          .slice(DIST.length + 1)
          .split('\\')
          .join('/'),
    );
}
