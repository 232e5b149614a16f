/**
 * Nothing about a visitor leaves the site or stays in the browser: on every page, no request to
 * another origin, no cookie, nothing stored, and links to other sites send no referrer.
 */
import { expect, test } from '@playwright/test';
import { pagesToCheck } from '../support/built-site.ts';
import { openPage } from '../support/page-checks.ts';

for (const path of pagesToCheck()) {
  test(`${path}: no request to another origin, no cookie, nothing stored`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    await openPage(page, path);
    // Whatever loads late (lazy images, the search index) loads by the time the page is read to the end.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
  });

  test(`${path}: every link to another site carries rel="noopener noreferrer"`, async ({ page }) => {
    await openPage(page, path);
    const unsafe = await page.locator('a[href]').evaluateAll((links) =>
      (links as HTMLAnchorElement[])
        .filter((a) => /^https?:$/.test(a.protocol) && a.origin !== location.origin)
        .filter((a) => !(a.relList.contains('noopener') && a.relList.contains('noreferrer')))
        .map((a) => `${a.href} ("${a.textContent?.trim()}")`),
    );
    expect(unsafe).toEqual([]);
  });
}
