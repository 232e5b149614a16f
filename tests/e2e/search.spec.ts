import { expect, test } from '@playwright/test';

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

test('results can be filtered by type, and the query stays in the address', async ({ page }) => {
  await search(page, 'perpetrator');
  const types = page.locator('[data-search-results] li > p:first-child');
  await expect(types.first()).toBeVisible();
  const before = new Set(await types.allTextContents());
  expect(before.size).toBeGreaterThan(1);
  await page.getByRole('checkbox', { name: 'Campaign' }).check();
  await expect(page).toHaveURL(/type=Campaign/);
  await expect(types.first()).toHaveText('Campaign');
  expect(new Set(await types.allTextContents())).toEqual(new Set(['Campaign']));
});

test('a search link with ?q= runs the search on arrival', async ({ page }) => {
  await page.goto('/search/?q=Istanbul+Convention');
  await expect(page.locator('[data-search-results] a[href="/myths/mediation/"]')).toBeVisible();
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
