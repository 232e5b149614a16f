/**
 * The files of Sveltia CMS, served from the site itself so the admin requests nothing from any
 * other site (src/lib/cms/vendor.ts): the CMS with its CDN address pointed here, its chunk, its
 * interface languages, its fonts and icons, and the package.json its update check reads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_FONTS, CMS_PACKAGE_DIR, CMS_VERSION, cmsFontBytes, cmsLocales, servedCms } from '../../lib/cms/vendor';

type Body = () => string | Buffer;
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', woff2: 'font/woff2' };

function files(): Record<string, Body> {
  const all: Record<string, Body> = {
    'sveltia-cms.js': servedCms,
    'chunks/react-dom.js': () => readFileSync(join(CMS_PACKAGE_DIR, 'dist', 'chunks', 'react-dom.js')),
    // The update check compares this version with its own: the same, so no notice and no CDN.
    'sveltia/package.json': () => JSON.stringify({ name: '@sveltia/cms', version: CMS_VERSION }) + '\n',
  };
  for (const font of CMS_FONTS) all[`fonts/${font.file}`] = () => cmsFontBytes(font.prefix);
  for (const locale of cmsLocales()) all[`sveltia@${CMS_VERSION}/locales/${locale}.json`] = () => readFileSync(join(CMS_PACKAGE_DIR, 'locales', `${locale}.json`));
  return all;
}

export const getStaticPaths = (() => Object.keys(files()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  const body = files()[file];
  if (!body) return new Response('Not found', { status: 404 });
  const content = body();
  return new Response(typeof content === 'string' ? content : new Uint8Array(content), { headers: { 'Content-Type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream' } });
};
