import { expect, test } from '@playwright/test';
import { sitemapEntriesServed, sitemapPaths } from '../support/site.ts';

const LANGS = ['de', 'fr', 'it', 'es', 'pl'] as const;

test('every language has its home, myths, get-help, safety and search pages, in its own language', async ({ page }) => {
  for (const lang of LANGS) {
    for (const path of ['/', '/myths/', '/myths/mediation/', '/get-help/', '/safety/', '/search/', '/press/']) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response?.status(), `/${lang}${path}`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  }
});

test('the interface is translated: navigation, quick exit and skip link', async ({ page }) => {
  await page.goto('/de/');
  const english = await (async () => {
    const p = await page.context().newPage();
    await p.goto('/');
    const texts = await p.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    await p.close();
    return texts;
  })();
  const german = await page.locator('header nav').first().getByRole('link').allTextContents();
  expect(german).toHaveLength(english.length);
  expect(german).not.toEqual(english);
  await expect(page.locator('a[data-quick-exit-link]')).not.toContainText('Exit this page');
  await expect(page.locator('a[href="#main-content"]')).not.toHaveText('Skip to main content');
});

test('the language switcher offers only the languages the page exists in, each named in itself', async ({ page }) => {
  await page.goto('/myths/mediation/');
  const switcher = page.getByRole('navigation', { name: 'Languages' });
  await expect(switcher.getByRole('link')).toHaveText(['Deutsch', 'Français', 'Italiano', 'Español', 'Polski']);
  const polski = switcher.getByRole('link', { name: 'Polski' });
  await expect(polski).toHaveAttribute('hreflang', 'pl');
  await expect(polski).toHaveAttribute('lang', 'pl');
  await polski.click();
  await expect(page).toHaveURL('/pl/myths/mediation/');
  // A press release exists only in English: no switcher at all.
  await page.goto('/press/2018-campaign-launch/');
  await expect(page.getByRole('navigation', { name: 'Languages' })).toHaveCount(0);
});

test('hreflang sets are complete and reciprocal, with x-default, on every page of the sitemap', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  const sets = new Map<string, string[]>();
  for (const path of paths) {
    await page.goto(path);
    const links = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('hreflang')} ${new URL((el as HTMLLinkElement).href).pathname}`));
    sets.set(path, links.sort());
  }
  let translated = 0;
  for (const [path, links] of sets) {
    if (links.length === 0) continue;
    translated++;
    expect(
      links.some((l) => l.endsWith(` ${path}`)),
      `${path} lists itself`,
    ).toBe(true);
    expect(
      links.filter((l) => l.startsWith('x-default ')),
      `${path} has one x-default`,
    ).toHaveLength(1);
    for (const link of links.filter((l) => !l.startsWith('x-default '))) {
      const target = link.split(' ')[1]!;
      expect(sets.get(target), `${target} (named by ${path}) is in the sitemap`).toBeDefined();
      expect(sets.get(target), `${target} names the same set as ${path}`).toEqual(links);
    }
  }
  expect(translated).toBeGreaterThan(6 * 7);
});

test('the sitemap lists exactly the alternates each page head names, with the same language tags and x-default', async ({ request }) => {
  const entries = await sitemapEntriesServed(request);
  const pairs = (markup: string, tag: string) =>
    [...markup.matchAll(new RegExp(`<${tag}[^>]*rel="alternate"[^>]*hreflang="[^"]+"[^>]*>`, 'g'))]
      .map(([el]) => `${/hreflang="([^"]+)"/.exec(el)![1]} ${new URL(/href="([^"]+)"/.exec(el)![1]!).pathname}`)
      .sort();
  let compared = 0;
  for (const { path, xml } of entries) {
    const head = (await (await request.get(path)).text()).split('</head>')[0]!;
    const inHead = pairs(head, 'link');
    expect(pairs(xml, 'xhtml:link'), `sitemap alternates of ${path}`).toEqual(inHead);
    if (inHead.length > 0) compared++;
  }
  expect(compared).toBeGreaterThan(6 * 7);
  const mediation = entries.find((entry) => entry.path === '/pl/myths/mediation/')!;
  for (const tag of ['en', 'de', 'fr', 'it', 'es', 'pl', 'x-default']) expect(mediation.xml).toContain(`hreflang="${tag}"`);
});

test('searching in German on the German search page finds the German myth', async ({ page }) => {
  await page.goto('/de/search/');
  await page.locator('#search-input').fill('Mediation');
  await page.locator('form[role="search"] button[type="submit"]').click();
  const result = page.locator('[data-search-results] li').filter({ has: page.locator('a[href="/de/myths/mediation/"]') });
  await expect(result).toHaveCount(1);
  await expect(result.locator('p').first()).toHaveText('Mythos');
  await expect(page.locator('[data-search-results] a[href^="/myths/"]')).toHaveCount(0);
});

test('unreviewed translations say so politely, in their language, and link the English original', async ({ page }) => {
  await page.goto('/fr/myths/risk/');
  const notice = page.locator('[data-review-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).not.toContainText('This translation');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/myths/risk/');
  await page.goto('/myths/risk/');
  await expect(page.locator('[data-review-notice]')).toHaveCount(0);
});

test('each language has its own myth cards, linked from its myth page', async ({ page, request }) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}/myths/consequences/`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`/${lang}/myths/consequences/card\\.png$`),
    );
    for (const [file, width, height] of [
      ['card.png', 1200, 630],
      ['square.png', 1080, 1080],
    ] as const) {
      const png = Buffer.from(await (await request.get(`/${lang}/myths/consequences/${file}`)).body());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${lang} ${file}`).toEqual([width, height]);
    }
  }
});

test('sections that stay in English say so in the page language and link the English pages', async ({ page }) => {
  await page.goto('/it/press/');
  await expect(page.locator('main a[href="/press/2018-campaign-launch/"]')).toHaveAttribute('hreflang', 'en');
  await expect(page.locator('main ul')).toHaveAttribute('lang', 'en');
});

test('the toolkit lists the cards of every language', async ({ page }) => {
  await page.goto('/toolkit/');
  for (const lang of LANGS) await expect(page.locator(`main a[href="/${lang}/myths/risk/square.png"]`)).toHaveCount(1);
});
