import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

const sections = [
  ['Campaigns', '/campaigns/'],
  ['Myths', '/myths/'],
  ['IMPACT', '/impact/'],
  ['Press', '/press/'],
  ['Voices', '/voices/'],
  ['About', '/about/'],
  ['Get help', '/get-help/'],
  ['Search', '/search/'],
] as const;

test('the main navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  for (const [label, path] of sections) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('the footer gives the network contact and social accounts', async ({ page }) => {
  await page.goto('/press/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'info@work-with-perpetrators.eu' })).toHaveAttribute(
    'href',
    'mailto:info@work-with-perpetrators.eu',
  );
  await expect(footer).toContainText('european_network_wwp');
  await expect(footer).toContainText('wwp_en');
  // Only the leaflet is marked as EU-funded (seed 004): nothing says the site or campaign is.
  await expect(footer).not.toContainText('Funded by the European Union');
});

test('every link on every page resolves: no 404 inside the site', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  const targets = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href], link[href]')
      .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement | HTMLLinkElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(page.url()).origin) targets.add(url.pathname + url.search);
    }
  }
  expect(targets.size).toBeGreaterThan(30);
  const broken: string[] = [];
  for (const target of targets) {
    const response = await request.get(target);
    if (response.status() !== 200) broken.push(`${target} → ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

test('the sitemap lists every page, and robots.txt points to it', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const expected of [
    '/',
    '/campaigns/',
    '/campaigns/2018/',
    '/campaigns/2024/',
    '/press/',
    '/press/2018-campaign-launch/',
    '/myths/',
    '/myths/mediation/',
    '/impact/',
    '/voices/',
    '/about/',
    '/get-help/',
    '/search/',
  ]) {
    expect(paths).toContain(expected);
  }
  expect(paths).not.toContain('/404/');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});
