/**
 * The built site behind a real nginx with the committed header snippet: every file gets the
 * headers src/lib/security-headers.ts sets out, and every page works under that policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { headersFor } from '../../src/lib/security-headers';
import { builtFiles, pagesToCheck } from './built-site';
import { startNginx, type RunningNginx } from './nginx';

/** RT_NGINX_PORT lets several checkouts run the tests at once. */
const PORT = Number(process.env.RT_NGINX_PORT ?? 4330);

test.describe.configure({ mode: 'serial' });

let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx(PORT);
});
test.afterAll(async () => {
  await nginx?.stop();
});

function expectHeaders(path: string, sent: Record<string, string>, expected = headersFor(path)) {
  for (const [name, value] of Object.entries(expected)) expect(sent[name.toLowerCase()], `${name} of ${path}`).toBe(value);
}

test('every built file is served with its headers', async ({ request }) => {
  const paths = builtFiles()
    .filter((file) => file !== '/_headers')
    .map((file) => file.replace(/\/index\.html$/, '/'));
  expect(paths.length).toBeGreaterThan(50);
  for (const path of paths) {
    const response = await request.get(nginx.url + path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expectHeaders(path, response.headers());
  }
});

test('pages: strict policy, no framing, no referrer, revalidated', async ({ request }) => {
  const response = await request.get(`${nginx.url}/get-help/`);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');
});

test('hashed assets are immutable for a year, the search index is revalidated', async ({ request }) => {
  const asset = builtFiles('_astro').find((file) => file.endsWith('.css'))!;
  expect((await request.get(nginx.url + asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get(`${nginx.url}/pagefind/pagefind.js`)).headers()['cache-control']).toBe('no-cache');
});

test('card images may be embedded and framed by other sites', async ({ request }) => {
  const cards = builtFiles().filter((file) => /^\/(myths|impact)\/[^/]+\/(card|square)\.png$/.test(file));
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    const response = await request.get(nginx.url + card);
    expect(response.headers()['content-type'], card).toBe('image/png');
    const headers = response.headers();
    expect(headers['cross-origin-resource-policy'], card).toBe('cross-origin');
    expect(headers['content-security-policy'], card).toBeUndefined();
    expect(headers['x-frame-options'], card).toBeUndefined();
    expect(headers['x-content-type-options'], card).toBe('nosniff');
  }
});

test("PDFs can be shown in the browser's own viewer, but not framed by other sites", async ({ request }) => {
  const pdfs = builtFiles().filter((file) => file.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThan(0);
  for (const pdf of pdfs) {
    const response = await request.get(nginx.url + pdf);
    expect(response.headers()['content-type'], pdf).toBe('application/pdf');
    expect(response.headers()['content-security-policy'], pdf).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options'], pdf).toBe('DENY');
  }
});

test('an unknown address gets the 404 page, with the page headers', async ({ request }) => {
  const response = await request.get(`${nginx.url}/no-such-page/`);
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
  expectHeaders('/404.html', response.headers());
});

/** Records console errors, failed loads and Content-Security-Policy violations, including the search worker's. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  page.on('console', (message) => {
    // The 404 page's own status is logged as an error; it is the page under test, not a failure.
    const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if ((message.type() === 'error' && !ownStatus) || /Content.Security.Policy|Refused to/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

for (const path of pagesToCheck()) {
  test(`${path} loads through nginx with no CSP violation and no console error`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(nginx.url + path);
    await page.waitForLoadState('networkidle');
    if (path.includes('?q=')) {
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
}

test('a search typed on the search page runs under the policy', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`${nginx.url}/search/`);
  await page.getByLabel('Search for').fill('Istanbul Convention');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('[data-search-results] a[href="/myths/mediation/"]')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Myth' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'result' })).toBeVisible();
  expect(problems).toEqual([]);
});
