/**
 * What a visitor's browser downloads for each kind of page, read from the built site: shared by
 * the budget test (tests/e2e/budgets.spec.ts) and the benchmark (scripts/bench/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { splitLocalePath } from '../../src/i18n/locales.ts';

/** Budgets from the issue "Fast on a cheap phone", in bytes after gzip. */
export const BUDGETS = {
  /** HTML plus render-blocking CSS of myth, press and campaign pages: the first round trip. */
  firstRoundTrip: 14 * 1024,
  /** HTML plus render-blocking CSS of any page. */
  anyPage: 30 * 1024,
  /** All JavaScript enhancements together (quick exit, share, copy); search UI excluded. */
  enhancementsJs: 5 * 1024,
  /** Font files a page downloads. */
  fontFiles: 2,
} as const;

export interface PageType {
  /** Short name shown in tables. */
  name: string;
  match: RegExp;
  /** Myth, press release and campaign pages must arrive in the first network round trip. */
  firstRoundTrip: boolean;
}

/** Every kind of page the site builds, matched by address; the first match wins. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', match: /^\/$/, firstRoundTrip: false },
  { name: 'myth', match: /^\/myths\/[^/]+\/$/, firstRoundTrip: true },
  { name: 'myths list', match: /^\/myths\/$/, firstRoundTrip: false },
  { name: 'press room', match: /^\/press\/media\/$/, firstRoundTrip: false },
  { name: 'press release', match: /^\/press\/[^/]+\/$/, firstRoundTrip: true },
  { name: 'press list', match: /^\/press\/$/, firstRoundTrip: false },
  { name: 'campaign', match: /^\/campaigns\/[^/]+\/$/, firstRoundTrip: true },
  { name: 'campaigns list', match: /^\/campaigns\/$/, firstRoundTrip: false },
  { name: 'impact data', match: /^\/impact\/data\/$/, firstRoundTrip: false },
  { name: 'impact finding or chart', match: /^\/impact\/[^/]+\/$/, firstRoundTrip: false },
  { name: 'impact', match: /^\/impact\/$/, firstRoundTrip: false },
  { name: 'voice', match: /^\/voices\/[^/]+\/$/, firstRoundTrip: false },
  { name: 'voices list', match: /^\/voices\/$/, firstRoundTrip: false },
  { name: 'search', match: /^\/search\/$/, firstRoundTrip: false },
  { name: '404', match: /^\/404\.html$/, firstRoundTrip: false },
  { name: 'page (about, get help, toolkit)', match: /^\/[^/]+\/$/, firstRoundTrip: false },
];

/** The type of a page in any language: /de/myths/risk/ is a myth page like /myths/risk/. */
export function pageTypeOf(path: string): PageType | undefined {
  const { path: unprefixed } = splitLocalePath(path);
  return PAGE_TYPES.find((t) => t.match.test(unprefixed));
}

export interface BuiltPage {
  /** Address on the site: /myths/mediation/, or /404.html for the not-found page. */
  path: string;
  /** File in the built site. */
  file: string;
  type: PageType;
}

/** Every HTML page of a built site (Pagefind's own files excluded). */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(file);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, file).split(sep).join('/');
        const path = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
        const type = pageTypeOf(path);
        if (!type) throw new Error(`${file}: no page type matches ${path}; add one to PAGE_TYPES.`);
        pages.push({ path, file, type });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** One page of each type: the one with the most HTML, so budgets are checked on the worst case. */
export function heaviestPageOfEachType(pages: readonly BuiltPage[]): BuiltPage[] {
  const chosen = new Map<string, BuiltPage>();
  for (const page of pages) {
    const current = chosen.get(page.type.name);
    if (!current || statSync(page.file).size > statSync(current.file).size) chosen.set(page.type.name, page);
  }
  return PAGE_TYPES.flatMap((t) => chosen.get(t.name) ?? []);
}

/** Bytes as sent with gzip at zlib's default level (what a typical server uses on the fly). */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

export interface Weight {
  raw: number;
  gzip: number;
}

export function weightOf(contents: readonly (string | Buffer)[]): Weight {
  return contents.reduce<Weight>((sum, c) => ({ raw: sum.raw + Buffer.byteLength(c), gzip: sum.gzip + gzipSize(c) }), { raw: 0, gzip: 0 });
}

/** Stylesheets the browser must load before the first paint: <link rel="stylesheet"> without a non-screen media query. */
export function blockingStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet\b/.test(tag) && !/\bmedia=["']?(print|not all)/.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1] ?? '')
    .filter(Boolean);
}

/** The text of every inline <script> (external ones are counted from the network). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/type=["']?application\/(ld\+)?json/.test(attrs!))
    .map(([, , text]) => text!)
    .filter((text) => text.trim() !== '');
}

/** The built file behind a site-relative URL path. */
export function fileFor(dist: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath);
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** HTML and the CSS it blocks on, for one page, from the files alone. */
export function firstPaintWeight(dist: string, page: BuiltPage): { html: Weight; css: Weight } {
  const html = readFileSync(page.file);
  const css = blockingStylesheets(html.toString('utf8')).map((href) => readFileSync(fileFor(dist, new URL(href, 'http://site/').pathname)));
  return { html: weightOf([html]), css: weightOf(css) };
}

/** Kilobytes with one decimal, for tables. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain text table with the first column left-aligned and the rest right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
