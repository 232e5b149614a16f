import { expect, test, type Page, type Route } from '@playwright/test';
import { builtSitemapPaths } from '../support/built-site.ts';
import { isLocale, localizedPath, splitLocalePath } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Stands in for the neutral site, so the tests never reach the network. */
async function fakeNeutralSite(page: Page) {
  await page.route(`${EXIT_URL}**`, (route: Route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/** A neutral site that answers "204 No Content": the browser stays on the page, as it looks while leaving. */
async function stallNeutralSite(page: Page) {
  await page.route(`${EXIT_URL}**`, (route: Route) => route.fulfill({ status: 204 }));
}

const exitLink = (page: Page) => page.getByRole('link', { name: 'Emergency Exit this page' });
/** The live region a screen reader announces. */
const status = (page: Page) => page.locator('rt-quick-exit [aria-live="polite"]');

test('every page, the 404 page and search have the exit link and the link to the safety page', async ({ page }) => {
  for (const path of [...builtSitemapPaths(), '/no-such-page/', '/search/?q=exit']) {
    await page.goto(path);
    // Every language has the control, in its own words, and its own safety page.
    const { lang } = splitLocalePath(path);
    const t = useTranslations(isLocale(lang) ? lang : 'en');
    const exit = page.getByRole('link', { name: `${t('exit.emergency')} ${t('exit.label')}` });
    await expect(exit, path).toHaveAttribute('href', EXIT_URL);
    await expect(exit, path).toHaveAttribute('rel', /noreferrer/);
    await expect(page.locator('rt-quick-exit').getByRole('link', { name: t('exit.safety') }), path).toHaveAttribute(
      'href',
      localizedPath(lang, '/safety/'),
    );
  }
});

test('the exit link is the first stop after the skip link', async ({ page }) => {
  for (const path of ['/', '/search/', '/no-such-page/', '/myths/risk/']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(exitLink(page)).toBeFocused();
  }
});

test('the exit stays on screen while scrolling and is left out of print', async ({ page }) => {
  await page.goto('/get-help/');
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
  const box = await exitLink(page).boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect(box?.y).toBeLessThan(100);
  await page.emulateMedia({ media: 'print' });
  await expect(exitLink(page)).toBeHidden();
});

const activations = {
  click: (page: Page) => exitLink(page).click(),
  'Shift three times': async (page: Page) => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
  },
};

for (const [how, activate] of Object.entries(activations)) {
  test(`exit by ${how}: the page is hidden at once`, async ({ page }) => {
    await stallNeutralSite(page);
    await page.goto('/get-help/');
    await activate(page);
    await expect(page.locator('.quick-exit-overlay')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Loading.');
    await expect(page.locator('main')).toBeHidden();
    await expect(page.locator('rt-quick-exit')).toBeHidden();
    await expect(page).toHaveTitle('Loading');
  });

  test(`exit by ${how}: the neutral site replaces the page, so Back skips it`, async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/about/');
    await page.goto('/get-help/');
    await activate(page);
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/$/);
  });
}

test('a screen reader hears how many presses of Shift remain, and the lights show them', async ({ page }) => {
  await stallNeutralSite(page);
  await page.goto('/myths/');
  await expect(status(page)).toHaveText('');
  await expect(page.locator('[data-quick-exit-indicator]')).toBeHidden();
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText('Shift, press 2 more times to exit.');
  await expect(page.locator('[data-quick-exit-indicator] .is-on')).toHaveCount(1);
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText('Shift, press 1 more time to exit.');
  await expect(page.locator('[data-quick-exit-indicator] .is-on')).toHaveCount(2);
});

test('another key between the presses starts the count again', async ({ page }) => {
  await fakeNeutralSite(page);
  await page.goto('/myths/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await expect(status(page)).toHaveText('Exit this page expired.');
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText('Shift, press 1 more time to exit.');
  // Typing capitals uses Shift as a modifier: that is not a press.
  await page.keyboard.press('Shift+A');
  await expect(page).toHaveURL(/\/myths\/$/);
  await expect(page.locator('main')).toBeVisible();
});

test('the count lapses five seconds after the last press', async ({ page }) => {
  await page.clock.install();
  await fakeNeutralSite(page);
  await page.goto('/myths/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.fastForward(5000);
  await expect(status(page)).toHaveText('Exit this page expired.');
  await expect(page.locator('[data-quick-exit-indicator] .is-on')).toHaveCount(0);
  await page.keyboard.press('Shift');
  await expect(status(page)).toHaveText('Shift, press 2 more times to exit.');
  await expect(page).toHaveURL(/\/myths\/$/);
});

test('a page shown again from the back/forward cache is whole, never half-hidden', async ({ page }) => {
  await stallNeutralSite(page);
  await page.goto('/get-help/');
  await exitLink(page).click();
  await expect(page.locator('.quick-exit-overlay')).toBeVisible();
  // What the browser fires when it restores a page from the back/forward cache.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('.quick-exit-overlay')).toHaveCount(0);
  await expect(page.locator('main')).toBeVisible();
  await expect(exitLink(page)).toBeVisible();
  await expect(page).toHaveTitle(/Get help/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the exit is a plain link to the neutral site', async ({ page }) => {
    await fakeNeutralSite(page);
    await page.goto('/get-help/');
    await exitLink(page).click();
    await expect(page).toHaveURL(EXIT_URL);
    await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  });
});

test('the safety page explains what the exit does, what it cannot do and how to browse more safely', async ({ page }) => {
  await page.goto('/');
  await page.locator('rt-quick-exit').getByRole('link', { name: 'Using this site safely' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Using this site safely');
  const main = page.locator('main');
  await expect(main).toContainText('BBC Weather');
  await expect(main).toContainText(/Shift.{0,10} key three times/);
  await expect(main).toContainText('does not remove it from your browsing history');
  await expect(main).toContainText(/private or incognito window/i);
  await expect(main).toContainText(/a device the person cannot access/);
  await expect(main).toContainText('clearing it can itself raise suspicion');
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText('GOV.UK Design System');
});
