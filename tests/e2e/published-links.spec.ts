/**
 * Every link in every file the build publishes leads somewhere this build published: pages
 * (href, src, srcset, link-preview images), the feed and sitemaps, the plain-text releases,
 * robots.txt, the dataset JSON and the PDFs' link annotations. Read from dist/ on disk, so a
 * link to a draft, an embargoed release or a page that was never built fails here too.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtFiles } from '../support/built-site.ts';
import { SITE } from '#src/config.ts';

const SITE_ORIGIN = new URL(SITE.url).origin;

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Addresses written in a published file, as the file writes them. */
function addressesIn(path: string, bytes: Buffer): string[] {
  if (path.endsWith('.pdf')) {
    return [...bytes.toString('latin1').matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  }
  const text = bytes.toString('utf8');
  if (path.endsWith('.html')) {
    const found: string[] = [];
    for (const m of text.matchAll(/\s(href|src|srcset|content|action|poster|data)="([^"]*)"/g)) {
      const value = decode(m[2]!);
      if (m[1] === 'srcset') found.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
      else if (m[1] === 'content') found.push(...(/^https?:\/\//.test(value) ? [value] : []));
      else found.push(value);
    }
    return found;
  }
  // Feed, sitemaps, text files, robots.txt, JSON: every absolute address, and href="…" in escaped HTML.
  const unescaped = decode(decode(text));
  return [
    ...[...unescaped.matchAll(/https?:\/\/[^\s"'<>\])]+/g)].map((m) => m[0].replace(/[.,;:]$/, '')),
    ...[...unescaped.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
  ];
}

/** The built file an address of this site asks for, or undefined for another site's address. */
function siteTarget(address: string, from: string): string | undefined {
  if (/^(mailto:|tel:|data:|#|javascript:)/i.test(address) || address === '') return undefined;
  const url = new URL(address, `${SITE_ORIGIN}${from}`);
  if (url.origin !== SITE_ORIGIN) return undefined;
  return decodeURI(url.pathname);
}

function resolves(path: string): boolean {
  // Astro writes the not-found page as /404.html, which its own canonical address /404/ names.
  const file = join(DIST, path === '/404/' ? '404.html' : path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile();
}

test('every link in every published file resolves', () => {
  const files = builtFiles().filter(
    (p) => /\.(html|xml|txt|pdf|json)$/.test(p) && !p.startsWith('/pagefind/') && !p.startsWith('/_astro/'),
  );
  expect(
    files.some((p) => p.endsWith('.pdf')),
    'the build publishes PDFs',
  ).toBe(true);
  let checked = 0;
  const kinds = new Set<string>();
  const dead: string[] = [];
  for (const file of files) {
    for (const address of addressesIn(file, readFileSync(join(DIST, file)))) {
      const target = siteTarget(address, file);
      if (target === undefined) continue;
      checked += 1;
      kinds.add(file.replace(/^.*\./, ''));
      if (!resolves(target)) dead.push(`${file}: ${address}`);
    }
  }
  expect(dead, `links that lead nowhere in this build`).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
  expect([...kinds].sort()).toEqual(['html', 'json', 'pdf', 'txt', 'xml']);
});
