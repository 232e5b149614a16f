/**
 * What a visitor's browser downloads for each kind of page, read from the built site: shared by
 * the budget test (tests/e2e/budgets.spec.ts) and the benchmark (scripts/bench/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { splitLocalePath } from '#src/i18n/locales.ts';

/**
 * Budgets from the issue "Close to the limit", in bytes transferred with gzip on a first visit
 * (empty cache): the HTML, its CSS and JavaScript, fonts and the images above the fold.
 */
export const BUDGETS = {
  /** Myth, press release and campaign pages: the pages people are sent to. */
  keyPage: 20 * 1024,
  /** Every other kind of page (search: before the first query). */
  anyPage: 35 * 1024,
  /** All JavaScript enhancements together (quick exit, share, copy); search UI excluded. */
  enhancementsJs: 5 * 1024,
} as const;

export interface PageType {
  /** Short name shown in tables. */
  name: string;
  match: RegExp;
  /** Bytes a first visit to such a page may transfer (see BUDGETS). */
  budget: number;
}

/** A list page and its numbered pages: /myths/, /myths/page/2/… */
const listPages = (base: string) => new RegExp(`^${base}(page/\\d+/)?$`);

/** Every kind of page the site builds, matched by address; the first match wins. */
const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', match: /^\/$/, budget: BUDGETS.anyPage },
  { name: 'myths list', match: listPages('/myths/'), budget: BUDGETS.anyPage },
  { name: 'myth', match: /^\/myths\/[^/]+\/$/, budget: BUDGETS.keyPage },
  { name: 'press room', match: /^\/press\/media\/$/, budget: BUDGETS.anyPage },
  { name: 'press list', match: listPages('/press/'), budget: BUDGETS.anyPage },
  { name: 'press release', match: /^\/press\/[^/]+\/$/, budget: BUDGETS.keyPage },
  { name: 'campaign', match: /^\/campaigns\/[^/]+\/$/, budget: BUDGETS.keyPage },
  { name: 'campaigns list', match: /^\/campaigns\/$/, budget: BUDGETS.anyPage },
  { name: 'impact data', match: /^\/impact\/data\/$/, budget: BUDGETS.anyPage },
  { name: 'impact finding or chart', match: /^\/impact\/[^/]+\/$/, budget: BUDGETS.anyPage },
  { name: 'impact', match: /^\/impact\/$/, budget: BUDGETS.anyPage },
  { name: 'voice', match: /^\/voices\/[^/]+\/$/, budget: BUDGETS.anyPage },
  { name: 'voices list', match: /^\/voices\/$/, budget: BUDGETS.anyPage },
  { name: 'search', match: /^\/search\/$/, budget: BUDGETS.anyPage },
  { name: 'toolkit', match: listPages('/toolkit/'), budget: BUDGETS.anyPage },
  { name: '404', match: /^\/404\.html$/, budget: BUDGETS.anyPage },
  { name: 'page (about, get help)', match: /^\/[^/]+\/$/, budget: BUDGETS.anyPage },
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

/** Scripts a page loads from files: <script src>. */
export function externalScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>/g)].map((m) => m[1]!);
}

/** Images the browser fetches at once: <img> without loading="lazy" (the page's top, by the site's convention). */
export function eagerImages(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bloading=["']?lazy/.test(tag))
    .map((tag) => /\bsrc=["']?([^"'\s>]+)/.exec(tag)?.[1] ?? '')
    .filter((src) => src.startsWith('/'));
}

/** Web fonts a stylesheet declares (every one counted: which a page uses depends on its text). */
export function fontFiles(css: string): string[] {
  return [...css.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((face) =>
    [...face[0].matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]!),
  );
}

/**
 * What a first visit to a page transfers with gzip, from the built files alone (no browser, so
 * every page of a large site can be checked): HTML, render-blocking CSS, scripts, the fonts the CSS
 * declares and images not marked lazy. Fonts and images are counted as stored (already compressed).
 * The browser test (tests/e2e/budgets.spec.ts) measures the real transfer on one page of each kind.
 */
export function firstVisitWeight(dist: string, page: BuiltPage): number {
  const html = readFileSync(page.file, 'utf8');
  const local = (href: string) => readFileSync(fileFor(dist, new URL(href, 'http://site/').pathname));
  const css = blockingStylesheets(html).map(local);
  const fonts = css.flatMap((c) => fontFiles(c.toString('utf8'))).map((href) => local(href).length);
  const images = eagerImages(html).map((src) => local(src).length);
  return (
    gzipSize(html) +
    css.reduce((sum, c) => sum + gzipSize(c), 0) +
    externalScripts(html).reduce((sum, src) => sum + gzipSize(local(src)), 0) +
    fonts.reduce((a, b) => a + b, 0) +
    images.reduce((a, b) => a + b, 0)
  );
}

/** Kilobytes with one decimal, for tables. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain text table with the first column left-aligned and the rest right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
