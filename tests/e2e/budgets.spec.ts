/**
 * Page-weight budgets for visitors on cheap phones and slow networks, checked on the built site:
 * everything a first visit transfers (HTML, CSS, JavaScript, fonts, images above the fold), as a
 * phone's browser receives it from a server that compresses with gzip. Prints what each kind of
 * page downloads, so a change that adds weight shows in the test output before it fails a budget.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { splitLocalePath } from '#src/i18n/locales.ts';
import { serveStatic, type RunningServer } from '../../scripts/bench/static-server.ts';
import {
  BUDGETS,
  blockingStylesheets,
  builtPages,
  fileFor,
  firstVisitWeight,
  fontFiles,
  formatTable,
  heaviestPageOfEachType,
  inlineScripts,
  kb,
  weightOf,
  type BuiltPage,
} from '../support/page-weight.ts';

const DIST = 'dist';
const pages = builtPages(DIST);
const SEARCH_PATH = '/search/';
/** A mid-range phone's screen, as Lighthouse's mobile preset uses: "above the fold" is what fits in it. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** The address to open for a built page: the not-found page is what an unknown address shows. */
const urlOf = (page: BuiltPage) => (page.path === '/404.html' ? '/no-such-page-for-budget-test/' : page.path);

// The preview server Playwright starts does not compress; a host does. This one gzips text as a
// typical host does on the fly (zlib's default level), so transfers are what a visitor gets.
let gzipServer: RunningServer;
test.beforeAll(async () => {
  gzipServer = await serveStatic(DIST, 0);
});
test.afterAll(async () => {
  await gzipServer?.close();
});

interface Transfer {
  url: URL;
  type: string;
  /** Bytes on the wire: compressed body plus response headers. */
  bytes: number;
  encoding: string;
}

interface FirstVisit {
  transfers: Transfer[];
  /** Every script the page runs, by where it comes from (a URL, or "inline #n"), with its text. */
  scripts: Map<string, string>;
}

/** Opens the page on a phone-sized screen with an empty cache and records what it transfers until the network is quiet. */
async function firstVisit(page: Page, built: BuiltPage): Promise<FirstVisit> {
  const finished: Promise<Transfer>[] = [];
  page.on('requestfinished', (r) => {
    finished.push(
      (async () => {
        const response = await r.response();
        const sizes = await r.sizes();
        return {
          url: new URL(r.url()),
          type: r.resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          encoding: (await response?.allHeaders())?.['content-encoding'] ?? '',
        };
      })(),
    );
  });
  await page.goto(gzipServer.origin + urlOf(built), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  // Images count when they show on the first screen; the browser also fetches lazy ones a little
  // below it ahead of scrolling, which is not what the page needs to show itself.
  const aboveTheFold = new Set(
    await page.evaluate(() =>
      [...document.images].filter((img) => img.getBoundingClientRect().top < window.innerHeight).map((img) => img.currentSrc),
    ),
  );
  const transfers = (await Promise.all(finished)).filter((t) => t.type !== 'image' || aboveTheFold.has(t.url.href));

  const html = readFileSync(built.file, 'utf8');
  const scripts = new Map<string, string>();
  inlineScripts(html).forEach((text, i) => scripts.set(`inline #${i + 1}`, text));
  for (const t of transfers.filter((t) => t.type === 'script' && t.url.origin === gzipServer.origin)) {
    scripts.set(t.url.pathname, readFileSync(fileFor(DIST, t.url.pathname), 'utf8'));
  }
  return { transfers, scripts };
}

const isSearchCode = (source: string, text: string) => source.startsWith('/pagefind/') || /pagefind/i.test(text);
const sum = (transfers: readonly Transfer[]) => transfers.reduce((total, t) => total + t.bytes, 0);
const KINDS = { document: 'HTML', stylesheet: 'CSS', script: 'JS', font: 'fonts', image: 'images' } as const;

test('a first visit to every kind of page transfers at most its budget, fonts and images included', async ({ browser }) => {
  const measured: { built: BuiltPage; visit: FirstVisit }[] = [];
  for (const built of heaviestPageOfEachType(pages)) {
    const context = await browser.newContext(PHONE);
    measured.push({ built, visit: await firstVisit(await context.newPage(), built) });
    await context.close();
  }

  console.log(`\nWhat a first visit transfers on a phone, served with gzip (bytes on the wire, headers included):\n`);
  console.log(
    formatTable(
      ['page type', 'page', ...Object.values(KINDS), 'other', 'in all', 'budget'],
      measured.map(({ built, visit }) => [
        built.type.name,
        built.path,
        ...Object.keys(KINDS).map((type) => kb(sum(visit.transfers.filter((t) => t.type === type)))),
        kb(sum(visit.transfers.filter((t) => !(t.type in KINDS)))),
        kb(sum(visit.transfers)),
        kb(built.type.budget),
      ]),
    ),
  );

  const enhancements = new Map<string, string>();
  for (const { built, visit } of measured) {
    const where = `${built.type.name} page ${built.path}`;
    const total = sum(visit.transfers);
    expect
      .soft(total, `${where}: a first visit transfers ${kb(total)}, over its ${kb(built.type.budget)} budget`)
      .toBeLessThanOrEqual(built.type.budget);
    for (const t of visit.transfers.filter((t) => ['document', 'stylesheet', 'script'].includes(t.type))) {
      expect.soft(t.encoding, `${where}: ${t.url.pathname} arrives uncompressed`).toBe('gzip');
    }
    for (const font of visit.transfers.filter((t) => t.type === 'font'))
      expect.soft(font.url.pathname, `${where}: fonts must be WOFF2`).toMatch(/\.woff2$/);
    const elsewhere = visit.transfers.filter((t) => t.url.origin !== gzipServer.origin).map((t) => t.url.href);
    expect.soft(elsewhere, `${where} makes requests to other sites`).toEqual([]);
    for (const [source, text] of visit.scripts) {
      if (splitLocalePath(built.path).path !== SEARCH_PATH) {
        expect.soft(isSearchCode(source, text), `${where} loads search code (${source}); only ${SEARCH_PATH} may`).toBe(false);
      }
      if (!isSearchCode(source, text)) enhancements.set(source.startsWith('inline') ? text : source, text);
    }
  }
  const all = weightOf([...enhancements.values()]);
  console.log(
    `\nJavaScript enhancements across the site: ${enhancements.size} script(s), ${kb(all.raw)} raw, ${kb(all.gzip)} gzip (budget ${kb(BUDGETS.enhancementsJs)} gzip)\n`,
  );
  expect(all.gzip, 'all JavaScript enhancements together, gzip').toBeLessThanOrEqual(BUDGETS.enhancementsJs);
});

test('every page, not just one of each kind, fits its first-visit budget (counted from the built files)', () => {
  expect(pages.length).toBeGreaterThan(10);
  const over = pages
    .map((page) => ({ page, total: firstVisitWeight(DIST, page) }))
    .filter(({ page, total }) => total > page.type.budget)
    .map(({ page, total }) => `${page.path} (${page.type.name}): ${kb(total)}, budget ${kb(page.type.budget)}`);
  expect(over).toEqual([]);
});

test('the search page loads the search index only when someone searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(SEARCH_PATH);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Search for').fill('perpetrator');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText(/result/);
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

test('no web font sits on the critical path: none preloaded, any declared one self-hosted WOFF2 that never hides text', () => {
  const preloads = pages
    .filter((p) => /<link\b[^>]*rel=["']?preload[^>]*as=["']?font/.test(readFileSync(p.file, 'utf8')))
    .map((p) => p.path);
  expect(preloads, 'pages that preload a font').toEqual([]);
  const hrefs = new Set(pages.flatMap((p) => blockingStylesheets(readFileSync(p.file, 'utf8'))));
  expect(hrefs.size).toBeGreaterThan(0);
  for (const href of hrefs) {
    const css = readFileSync(fileFor(DIST, href), 'utf8');
    for (const face of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      expect(face, `${href}: a web font must not delay text`).toMatch(/font-display:\s*optional/);
      for (const src of fontFiles(face)) expect(src).toMatch(/^\/_astro\/[^/]+\.woff2$/);
    }
  }
});

test('every page can be read without JavaScript and with images off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/\.(png|jpe?g|webp|avif|gif|svg)(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  for (const built of heaviestPageOfEachType(pages)) {
    await page.goto(urlOf(built));
    await expect(page.getByRole('heading', { level: 1 }), built.path).toBeVisible();
    expect((await page.locator('main').innerText()).length, `${built.path} shows its text`).toBeGreaterThan(100);
    await expect(page.getByRole('navigation').first(), `${built.path} keeps its navigation`).toBeVisible();
  }
  await context.close();
});

// Content images go through astro:assets (tests/build/content-images.test.ts); here, every image on
// every page, generated ones too, must say how big it is so the page does not shift as it loads.
test('every image on every page has its width, height and alt text set', () => {
  const problems: string[] = [];
  for (const page of pages) {
    for (const [tag] of readFileSync(page.file, 'utf8').matchAll(/<img\b[^>]*>/g)) {
      if (!/\bwidth=["']?\d+/.test(tag) || !/\bheight=["']?\d+/.test(tag)) problems.push(`${page.path}: ${tag} has no width and height`);
      if (!/\balt=/.test(tag)) problems.push(`${page.path}: ${tag} has no alt text`);
    }
  }
  expect(problems).toEqual([]);
});
