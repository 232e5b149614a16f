/**
 * Page-weight budgets for visitors on cheap phones and slow networks, checked on the built site:
 * HTML and render-blocking CSS, JavaScript, fonts and images. Prints what each kind of page
 * downloads, so a change that adds weight shows in the test output before it fails a budget.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { splitLocalePath } from '../../src/i18n/locales';
import {
  BUDGETS, blockingStylesheets, builtPages, fileFor, firstPaintWeight, formatTable, heaviestPageOfEachType, inlineScripts, kb, weightOf,
  type BuiltPage, type Weight,
} from '../support/page-weight';

const DIST = 'dist';
const pages = builtPages(DIST);
const SEARCH_PATH = '/search/';

/** The address to open for a built page: the not-found page is what an unknown address shows. */
const urlOf = (page: BuiltPage) => (page.path === '/404.html' ? '/no-such-page-for-budget-test/' : page.path);

interface Downloads {
  html: Weight;
  css: Weight;
  /** Every script the page runs, by where it comes from (a URL, or "inline #n"), with its text. */
  scripts: Map<string, string>;
  fonts: { url: string; bytes: number }[];
  otherOrigins: string[];
}

/** Opens the page in Chromium and records what it downloads until its fonts are ready. */
async function downloads(page: Page, built: BuiltPage, baseURL: string): Promise<Downloads> {
  const responses: { url: URL; type: string }[] = [];
  page.on('response', (r) => responses.push({ url: new URL(r.url()), type: r.request().resourceType() }));
  await page.goto(urlOf(built), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');

  const origin = new URL(baseURL).origin;
  const local = responses.filter((r) => r.url.origin === origin);
  const file = (r: { url: URL }) => readFileSync(fileFor(DIST, r.url.pathname));
  const html = readFileSync(built.file, 'utf8');
  const scripts = new Map<string, string>();
  inlineScripts(html).forEach((text, i) => scripts.set(`inline #${i + 1}`, text));
  for (const r of local.filter((r) => r.type === 'script')) scripts.set(r.url.pathname, file(r).toString('utf8'));
  const { css } = firstPaintWeight(DIST, built);
  return {
    html: weightOf([html]),
    css,
    scripts,
    fonts: local.filter((r) => r.type === 'font').map((r) => ({ url: r.url.pathname, bytes: file(r).length })),
    otherOrigins: responses.filter((r) => r.url.origin !== origin && r.url.protocol !== 'data:').map((r) => r.url.href),
  };
}

const isSearchCode = (source: string, text: string) => source.startsWith('/pagefind/') || /pagefind/i.test(text);

test('every kind of page stays within its budgets for HTML, CSS, JavaScript and fonts', async ({ browser, baseURL }) => {
  const measured: { built: BuiltPage; d: Downloads }[] = [];
  for (const built of heaviestPageOfEachType(pages)) {
    const context = await browser.newContext();
    measured.push({ built, d: await downloads(await context.newPage(), built, baseURL!) });
    await context.close();
  }

  const jsWeight = (scripts: Map<string, string>) => weightOf([...scripts.values()]);
  console.log(`\nWhat each kind of page downloads (gzip at zlib's default level; fonts are WOFF2, already compressed):\n`);
  console.log(formatTable(
    ['page type', 'page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'HTML+CSS gz', 'budget', 'JS', 'JS gz', 'fonts'],
    measured.map(({ built, d }) => {
      const js = jsWeight(d.scripts);
      return [
        built.type.name, built.path, kb(d.html.raw), kb(d.html.gzip), kb(d.css.raw), kb(d.css.gzip),
        kb(d.html.gzip + d.css.gzip), kb(built.type.firstRoundTrip ? BUDGETS.firstRoundTrip : BUDGETS.anyPage),
        kb(js.raw), kb(js.gzip), `${d.fonts.length} file(s), ${kb(d.fonts.reduce((s, f) => s + f.bytes, 0))}`,
      ];
    }),
  ));

  const enhancements = new Map<string, string>();
  for (const { built, d } of measured) {
    const where = `${built.type.name} page ${built.path}`;
    const firstPaint = d.html.gzip + d.css.gzip;
    const budget = built.type.firstRoundTrip ? BUDGETS.firstRoundTrip : BUDGETS.anyPage;
    expect.soft(firstPaint, `${where}: HTML + render-blocking CSS is ${kb(firstPaint)} gzip, over its ${kb(budget)} budget`).toBeLessThanOrEqual(budget);
    expect.soft(d.fonts.length, `${where} downloads ${d.fonts.length} font files: ${d.fonts.map((f) => f.url).join(', ')}`).toBeLessThanOrEqual(BUDGETS.fontFiles);
    for (const font of d.fonts) expect.soft(font.url, `${where}: fonts must be WOFF2`).toMatch(/\.woff2$/);
    expect.soft(d.otherOrigins, `${where} makes requests to other sites`).toEqual([]);
    for (const [source, text] of d.scripts) {
      if (splitLocalePath(built.path).path !== SEARCH_PATH) {
        expect.soft(isSearchCode(source, text), `${where} loads search code (${source}); only ${SEARCH_PATH} may`).toBe(false);
      }
      if (!isSearchCode(source, text)) enhancements.set(source.startsWith('inline') ? text : source, text);
    }
  }
  const all = weightOf([...enhancements.values()]);
  console.log(`\nJavaScript enhancements across the site: ${enhancements.size} script(s), ${kb(all.raw)} raw, ${kb(all.gzip)} gzip (budget ${kb(BUDGETS.enhancementsJs)} gzip)\n`);
  expect(all.gzip, 'all JavaScript enhancements together, gzip').toBeLessThanOrEqual(BUDGETS.enhancementsJs);
});

test('every page, not just one of each kind, fits its HTML + render-blocking CSS budget', () => {
  expect(pages.length).toBeGreaterThan(10);
  const over = pages
    .map((page) => {
      const { html, css } = firstPaintWeight(DIST, page);
      const budget = page.type.firstRoundTrip ? BUDGETS.firstRoundTrip : BUDGETS.anyPage;
      return { page, total: html.gzip + css.gzip, budget };
    })
    .filter(({ total, budget }) => total > budget)
    .map(({ page, total, budget }) => `${page.path} (${page.type.name}): ${kb(total)} gzip, budget ${kb(budget)}`);
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

test('fonts are self-hosted WOFF2 files, and text shows in a fallback font while they load', () => {
  const hrefs = new Set(pages.flatMap((p) => blockingStylesheets(readFileSync(p.file, 'utf8'))));
  const files = [...hrefs].map((href) => readFileSync(fileFor(DIST, href), 'utf8'));
  const faces = files.flatMap((text) => text.match(/@font-face\s*{[^}]*}/g) ?? []);
  expect(faces.length).toBeGreaterThan(0);
  for (const face of faces) {
    expect(face).toMatch(/font-display:\s*swap/);
    const sources = [...face.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/["']/g, ''));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/[^/]+\.woff2$/);
  }
});

test('fonts are preloaded only where the page uses them', async ({ browser, baseURL }) => {
  for (const built of heaviestPageOfEachType(pages)) {
    const html = readFileSync(built.file, 'utf8');
    const preloads = [...html.matchAll(/<link\b[^>]*rel=["']?preload[^>]*as=["']?font[^>]*>/g)].map((m) => /href=["']?([^"'\s>]+)/.exec(m[0])?.[1]);
    if (preloads.length === 0) continue;
    const context = await browser.newContext();
    const d = await downloads(await context.newPage(), built, baseURL!);
    await context.close();
    expect(d.fonts.map((f) => f.url), `${built.path} preloads a font it does not use`).toEqual(expect.arrayContaining(preloads));
  }
});

test('every page can be read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const built of heaviestPageOfEachType(pages)) {
    await page.goto(urlOf(built));
    await expect(page.getByRole('heading', { level: 1 }), built.path).toBeVisible();
    expect((await page.locator('main').innerText()).length, `${built.path} shows its text`).toBeGreaterThan(100);
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
