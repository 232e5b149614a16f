/**
 * The built site behind a real nginx with the committed example configuration
 * (deploy/nginx/responsible-together.conf and its generated header snippet): every file gets the
 * headers src/lib/security/headers.ts sets out, every page works under that policy, other
 * websites can embed the cards, plain HTTP redirects to HTTPS, and no log keeps a visitor's address.
 */
import { connect } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { LOCALE_CODES } from '#src/i18n/locales.ts';
import { headersFor } from '#src/lib/security/headers.ts';
import { builtFiles, pagesToCheck } from '../support/built-site.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';

/** RT_NGINX_PORT lets several checkouts run the tests at once; the next two ports serve the other website and plain HTTP. */
const PORT = Number(process.env.RT_NGINX_PORT ?? 4330);

test.describe.configure({ mode: 'serial' });

let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx({ site: PORT, embedder: PORT + 1, redirect: PORT + 2 });
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

/** Every card the build publishes, in every language: /myths/…, /de/myths/…, /impact/…. */
const builtCards = () => builtFiles().filter((file) => /\/(myths|impact)\/[^/]+\/(card|square)\.png$/.test(file));

test('card images in every language may be embedded and framed by other sites', async ({ request }) => {
  const cards = builtCards();
  expect(cards.filter((card) => /^\/[a-z]{2,3}\/myths\//.test(card)).length).toBeGreaterThan(0);
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

test('another website can show one card of each language', async ({ page }) => {
  const firstCardOf = new Map<string, string>();
  for (const card of builtCards()
    .filter((file) => /\/myths\/[^/]+\/card\.png$/.test(file))
    .sort()) {
    const language = card.startsWith('/myths/') ? 'en' : card.split('/')[1]!;
    if (!firstCardOf.has(language)) firstCardOf.set(language, card);
  }
  expect([...firstCardOf.keys()].sort()).toEqual([...LOCALE_CODES].sort());
  const images = [...firstCardOf].map(([language, card]) => `<img alt="${language}" src="${nginx.url}${card}" width="600" height="315">`);
  const address = nginx.embedder(
    'embed.html',
    `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>A member organisation</title>${images.join('')}</html>`,
  );
  expect(new URL(address).origin).not.toBe(new URL(nginx.url).origin);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  await page.goto(address);
  for (const language of firstCardOf.keys()) {
    const image = page.getByRole('img', { name: language, exact: true });
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { message: `${language} card` })
      .toBeGreaterThan(0);
  }
  expect(failed).toEqual([]);
});

test('plain HTTP sends visitors to the same address over HTTPS', async ({ request }) => {
  const response = await request.get(`${nginx.redirectUrl}/myths/risk/?from=print`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('https://127.0.0.1/myths/risk/?from=print');
});

test('a folder without a page gets the 404 page, with the page headers', async ({ request }) => {
  for (const folder of ['/_astro/', '/pagefind/']) {
    const response = await request.get(nginx.url + folder);
    expect(response.status(), folder).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expectHeaders('/404.html', response.headers());
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
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  page.on('console', (message) => {
    // The 404 page's own status is logged as an error; it is the page under test, not a failure.
    const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    // Chromium warns about a Permissions-Policy feature it does not know, on every page.
    if ((message.type() === 'error' && !ownStatus) || /Content.Security.Policy|Refused to|Permissions.Policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      problems.push(`${response.status()}: ${response.url()}`);
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

test('the Permissions-Policy names only features Chromium knows', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/Permissions.Policy|feature/i.test(message.text())) warnings.push(message.text());
  });
  const response = await page.goto(`${nginx.url}/`);
  expect(response?.headers()['permissions-policy']).toContain('camera=()');
  await page.waitForLoadState('networkidle');
  expect(warnings).toEqual([]);
});

/** Sends raw bytes and waits for the answer or the close: requests a browser would never send. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => done(answer));
    socket.on('error', fail);
  });
}

// Last: it reads what every test before it left in the logs.
test('no log keeps the address of a visitor: pages, a missing page, odd requests', async ({ request }) => {
  for (const path of [
    '/',
    '/myths/',
    '/press/',
    '/no-such-page/',
    '/myths',
    '/_astro/',
    '/index.html/x',
    `/${'a'.repeat(3000)}`,
    '/%zz',
    '/../etc/passwd',
  ]) {
    await request.get(nginx.url + path, { maxRedirects: 0 });
  }
  await request.post(`${nginx.url}/search/`, { data: 'q=x' });
  await request.get(`${nginx.redirectUrl}/no-such-page/`, { maxRedirects: 0 });
  await rawRequest(PORT, 'NONSENSE / HTTP/9.9\r\n\r\n');
  await rawRequest(PORT, 'GET /\r\nHost: \x01\r\n\r\n');
  await rawRequest(PORT + 2, 'GET / HTTP/1.1\r\nHost: a b\r\n\r\n');
  // nginx opens its logs at start: the server-wide ones Debian has, and the site's error log.
  await new Promise((wait) => setTimeout(wait, 200));
  const logs = nginx.logs();
  expect(Object.keys(logs).sort()).toEqual(['access.log', 'error.log', 'responsible-together.error.log']);
  for (const [name, text] of Object.entries(logs)) expect(text, name).not.toContain('127.0.0.1');
});
