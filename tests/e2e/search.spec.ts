import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { builtFiles, DIST } from '../support/built-site.ts';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Search for').fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText(/result/);
}

test('"Istanbul Convention" finds the myth about mediation, labelled as a myth', async ({ page }) => {
  await search(page, 'Istanbul Convention');
  const result = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/myths/mediation/"]') });
  await expect(result).toHaveCount(1);
  await expect(result.locator('p').first()).toHaveText('Myth');
});

test('"Berlin" finds the 2018 launch release, labelled as a press release', async ({ page }) => {
  await search(page, 'Berlin');
  const result = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/press/2018-campaign-launch/"]') });
  await expect(result).toHaveCount(1);
  await expect(result.locator('p').first()).toHaveText('Press release');
});

test('results can be filtered by type', async ({ page }) => {
  await search(page, 'perpetrator');
  const types = page.locator('[data-search-results] li > p:first-child');
  await expect(types.first()).toBeVisible();
  const before = new Set(await types.allTextContents());
  expect(before.size).toBeGreaterThan(1);
  await page.getByRole('checkbox', { name: 'Campaign' }).check();
  await expect(types.first()).toHaveText('Campaign');
  expect(new Set(await types.allTextContents())).toEqual(new Set(['Campaign']));
});

/** The addresses of this tab's session history, as the browser keeps them for Back and Forward. */
async function sessionHistory(page: import('@playwright/test').Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
  await cdp.detach();
  return entries.map((entry) => entry.url);
}

test('what a visitor types never reaches the address bar or the session history', async ({ page }) => {
  await page.goto('/');
  await search(page, 'partner hits me');
  await page.getByRole('checkbox', { name: 'Myth' }).check();
  await page.getByLabel('Search for').fill('Istanbul Convention');
  await page.getByLabel('Search for').press('Enter');
  await expect(page.locator('[data-search-results] a[href="/myths/mediation/"]')).toBeVisible();
  const href = await page.evaluate(() => location.href);
  expect(new URL(href).pathname).toBe('/search/');
  expect(new URL(href).search).toBe('');
  const history = await sessionHistory(page);
  expect(history.length).toBeGreaterThan(1);
  for (const url of history) expect(url).not.toMatch(/partner|hits|Istanbul|Convention|[?&](q|type)=/i);
});

test('a search link written by hand with ?q= runs the search on arrival, then leaves the address', async ({ page }) => {
  await page.goto('/search/?q=Istanbul+Convention');
  await expect(page.locator('[data-search-results] a[href="/myths/mediation/"]')).toBeVisible();
  await expect(page.getByLabel('Search for')).toHaveValue('Istanbul Convention');
  expect(await page.evaluate(() => location.href)).not.toContain('Istanbul');
  for (const url of await sessionHistory(page)) expect(url).not.toContain('Istanbul');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links the lists', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lists of content' }).getByRole('link', { name: 'Press releases' })).toBeVisible();
    await expect(page.getByLabel('Search for')).toBeHidden();
  });
});

test('search indexes the main content only, not navigation or footer', async ({ page }) => {
  // The footer on every page says "Follow the network" and names the Instagram account.
  await search(page, 'Follow the network european_network_wwp');
  const excerpts = await page.locator('[data-search-results] li > p:last-child').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    expect(excerpt).not.toContain('Follow the network');
    expect(excerpt).not.toContain('european_network_wwp');
  }
});

test('results come ten at a time, and "Show more results" lists the next ones', async ({ page }) => {
  await search(page, 'perpetrator');
  const total = Number(/(\d+) results/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  const items = page.locator('[data-search-results] > li');
  await expect(items).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(items).toHaveCount(Math.min(20, total));
  // Keyboard users carry on from the first new result.
  await expect(items.nth(10).getByRole('link')).toBeFocused();
  for (let shown = 20; shown < total; shown += 10) {
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(items).toHaveCount(Math.min(shown + 10, total));
  }
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  expect(new Set(await items.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).size).toBe(total);
});

test('every file of the search index is whole: each compressed file unpacks to its end, each stylesheet closes its rules', () => {
  const files = builtFiles('pagefind');
  const compressed = files.filter((f) => /\.(pf_fragment|pf_index|pf_filter|pf_meta|pagefind)$/.test(f));
  expect(compressed.length).toBeGreaterThan(6 * 3);
  for (const file of compressed) expect(() => gunzipSync(readFileSync(join(DIST, file))), file).not.toThrow();
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(DIST, file), 'utf8');
    expect(css.split('{').length, `${file} has as many { as }`).toBe(css.split('}').length);
  }
  expect(Object.keys(JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages)).toHaveLength(6);
});
