/**
 * The files of Sveltia CMS (the pinned npm package @sveltia/cms) that /admin/ serves from the site
 * itself: the browser build, its chunk, its interface languages and its fonts. Nothing is fetched
 * from a CDN: the build points the CMS's CDN address at /admin/sveltia (see `servedCms`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed package's folder (its entry point is npm/index.js). */
export const CMS_PACKAGE_DIR = dirname(dirname(require.resolve('@sveltia/cms')));

/** The installed version, e.g. 0.221.1. */
export const CMS_VERSION: string = JSON.parse(readFileSync(join(CMS_PACKAGE_DIR, 'package.json'), 'utf8')).version;

/** The JSON schema the package ships for its configuration. */
export function cmsJsonSchema(): object {
  return JSON.parse(readFileSync(join(CMS_PACKAGE_DIR, 'schema', 'sveltia-cms.json'), 'utf8'));
}

/** The CDN address the CMS loads its update check, interface languages and fallbacks from. */
export const CMS_CDN = 'https://unpkg.com/@sveltia/cms';
/** Where the site serves those instead. */
export const CMS_LOCAL_BASE = '/admin/sveltia';

/**
 * The browser build with its CDN address pointed at the site: the update check then reads our own
 * /admin/sveltia/package.json (same version: no notice) and other interface languages come from
 * /admin/sveltia@<version>/locales/. Fails the build if a new version no longer has that address.
 */
export function servedCms(): string {
  const source = readFileSync(join(CMS_PACKAGE_DIR, 'dist', 'sveltia-cms.js'), 'utf8');
  const quoted = '`' + CMS_CDN + '`';
  if (source.split(quoted).length !== 2) {
    throw new Error(`@sveltia/cms ${CMS_VERSION}: expected its CDN address ${quoted} exactly once in dist/sveltia-cms.js. Check what the new version fetches before updating (src/lib/cms/vendor.ts).`);
  }
  return source.replace(quoted, '`' + CMS_LOCAL_BASE + '`');
}

/** The interface languages the package ships (en-US is built in). */
export function cmsLocales(): string[] {
  return readdirSync(join(CMS_PACKAGE_DIR, 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
}

/** Fonts and icons the CMS uses, self-hosted: family name → file in npm/assets/. */
export const CMS_FONTS = [
  { family: 'Source Sans 3', prefix: 'source-sans-3-latin-wght-normal', weight: '200 900', file: 'source-sans-3.woff2' },
  { family: 'Noto Sans Mono', prefix: 'noto-mono-latin-400-normal', weight: '400', file: 'noto-mono.woff2' },
  { family: 'Material Symbols Outlined', prefix: 'material-symbols-outlined-latin-wght-normal', weight: '100 700', file: 'material-symbols-outlined.woff2' },
] as const;

/** The font file's bytes from the package (its name carries a hash that changes with versions). */
export function cmsFontBytes(prefix: string): Buffer {
  const folder = join(CMS_PACKAGE_DIR, 'npm', 'assets');
  const file = readdirSync(folder).find((f) => f.startsWith(prefix) && f.endsWith('.woff2'));
  if (!file) throw new Error(`@sveltia/cms ${CMS_VERSION}: no font ${prefix}*.woff2 in npm/assets/ (src/lib/cms/vendor.ts).`);
  return readFileSync(join(folder, file));
}
