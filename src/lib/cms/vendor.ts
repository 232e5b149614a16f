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
const CMS_PACKAGE_DIR = dirname(dirname(require.resolve('@sveltia/cms')));

/** The installed version, e.g. 0.221.1. */
export const CMS_VERSION: string = JSON.parse(readFileSync(join(CMS_PACKAGE_DIR, 'package.json'), 'utf8')).version;

/** The JSON schema the package ships for its configuration. */
export function cmsJsonSchema(): object {
  return JSON.parse(readFileSync(join(CMS_PACKAGE_DIR, 'schema', 'sveltia-cms.json'), 'utf8'));
}

/** The CDN address the CMS loads its update check, interface languages and fallbacks from. */
const CMS_CDN = 'https://unpkg.com/@sveltia/cms';
/** Where the site serves those instead. */
export const CMS_LOCAL_BASE = '/admin/sveltia';

/** Where the CMS's stylesheet loads its fonts and icons from (Fontsource on jsDelivr). */
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^)\s]*\.woff2/g;

/**
 * The browser build, changed in two places so that it asks no other site for anything:
 * - its CDN address points at /admin/sveltia: the update check then reads our own
 *   /admin/sveltia/package.json (same version: no notice) and other interface languages come
 *   from /admin/sveltia@<version>/locales/;
 * - its fonts and icons load from /admin/fonts/.
 * Fails the build if a new version no longer has these addresses: check what it fetches first.
 */
export function servedCms(): string {
  let source = readFileSync(join(CMS_PACKAGE_DIR, 'dist', 'sveltia-cms.js'), 'utf8');
  const quoted = '`' + CMS_CDN + '`';
  if (source.split(quoted).length !== 2) {
    throw new Error(
      `@sveltia/cms ${CMS_VERSION}: expected its CDN address ${quoted} exactly once in dist/sveltia-cms.js. Check what the new version fetches before updating (src/lib/cms/vendor.ts).`,
    );
  }
  source = source.replace(quoted, '`' + CMS_LOCAL_BASE + '`');
  const fonts = new Set<string>();
  source = source.replace(FONT_CDN, (url, id: string) => {
    const font = CMS_FONTS.find((f) => f.prefix.startsWith(id));
    if (!font)
      throw new Error(`@sveltia/cms ${CMS_VERSION} loads a font this site does not serve: ${url} (src/lib/cms/vendor.ts, CMS_FONTS).`);
    fonts.add(font.file);
    return `/admin/fonts/${font.file}`;
  });
  if (fonts.size !== CMS_FONTS.length) {
    throw new Error(
      `@sveltia/cms ${CMS_VERSION}: expected its ${CMS_FONTS.length} fonts on ${FONT_CDN.source}, found ${fonts.size} (src/lib/cms/vendor.ts).`,
    );
  }
  return source;
}

/** The interface languages the package ships (en-US is built in). */
export function cmsLocales(): string[] {
  return readdirSync(join(CMS_PACKAGE_DIR, 'locales'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
}

/** Fonts and icons the CMS uses, self-hosted: the file in npm/assets/ (its name begins with the Fontsource id) and where we serve it. */
export const CMS_FONTS = [
  { prefix: 'source-sans-3-latin-wght-normal', file: 'source-sans-3.woff2' },
  { prefix: 'noto-mono-latin-400-normal', file: 'noto-mono.woff2' },
  { prefix: 'material-symbols-outlined-latin-wght-normal', file: 'material-symbols-outlined.woff2' },
] as const;

/** The font file's bytes from the package (its name carries a hash that changes with versions). */
export function cmsFontBytes(prefix: string): Buffer {
  const folder = join(CMS_PACKAGE_DIR, 'npm', 'assets');
  const file = readdirSync(folder).find((f) => f.startsWith(prefix) && f.endsWith('.woff2'));
  if (!file) throw new Error(`@sveltia/cms ${CMS_VERSION}: no font ${prefix}*.woff2 in npm/assets/ (src/lib/cms/vendor.ts).`);
  return readFileSync(join(folder, file));
}

/** The names of the CMS's chunks (dist/chunks/<name>.js), loaded from beside the CMS. */
export function cmsChunkNames(): string[] {
  return readdirSync(join(CMS_PACKAGE_DIR, 'dist', 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.replace(/\.js$/, ''));
}

export function cmsChunk(name: string): Buffer {
  if (!cmsChunkNames().includes(name)) throw new Error(`@sveltia/cms ${CMS_VERSION} has no chunk ${name}.js.`);
  return readFileSync(join(CMS_PACKAGE_DIR, 'dist', 'chunks', `${name}.js`));
}

/** One interface language's strings, e.g. de. */
export function cmsLocale(locale: string): Buffer {
  if (!cmsLocales().includes(locale)) throw new Error(`@sveltia/cms ${CMS_VERSION} has no interface language ${locale}.`);
  return readFileSync(join(CMS_PACKAGE_DIR, 'locales', `${locale}.json`));
}
