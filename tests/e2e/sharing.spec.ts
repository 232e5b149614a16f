import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from '../support/site.ts';
import { pngSize } from '../support/png.ts';

/** The slugs of every published myth, from the sitemap. */
async function mythSlugs(request: Parameters<typeof sitemapPaths>[0]): Promise<string[]> {
  const paths = await sitemapPaths(request);
  return paths.map((p) => /^\/myths\/([^/]+)\/$/.exec(p)?.[1]).filter((s): s is string => Boolean(s));
}

const meta = (page: Page, property: string) =>
  page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
const canonicalOf = async (page: Page) => (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
const shareList = (page: Page) => page.getByRole('list', { name: 'Share links' });

test('every myth has a 1200x630 link-preview card and a 1080x1080 square card', async ({ request, page }) => {
  const slugs = await mythSlugs(request);
  await page.goto('/myths/');
  expect(slugs.length).toBe(await page.locator('main article').count());
  for (const slug of slugs) {
    for (const [file, size] of [
      ['card.png', { width: 1200, height: 630 }],
      ['square.png', { width: 1080, height: 1080 }],
    ] as const) {
      const response = await request.get(`/myths/${slug}/${file}`);
      expect(response.status(), `/myths/${slug}/${file}`).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      // Member sites show these images: nothing may restrict them to this origin.
      expect(response.headers()['cross-origin-resource-policy'] ?? 'cross-origin').toBe('cross-origin');
      expect(pngSize(await response.body()), `/myths/${slug}/${file}`).toEqual(size);
    }
  }
});

test('each myth page’s link-preview tags point to its own card by absolute URL', async ({ request, page }) => {
  for (const slug of await mythSlugs(request)) {
    await page.goto(`/myths/${slug}/`);
    const canonical = await canonicalOf(page);
    expect(canonical).toMatch(new RegExp(`^https://[^/]+/myths/${slug}/$`));
    expect(await meta(page, 'og:url')).toBe(canonical);
    expect(await meta(page, 'og:type')).toBe('article');
    const image = (await meta(page, 'og:image'))!;
    expect(image).toBe(new URL('card.png', canonical).href);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    const myth = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    expect(await meta(page, 'og:image:alt')).toContain(myth);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect((await request.get(new URL(image).pathname)).status()).toBe(200);
  }
});

test('share links open each network’s share address with the page URL, and no third-party code loads', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname !== '127.0.0.1') external.push(r.url());
  });
  await page.goto('/myths/mediation/');
  const canonical = await canonicalOf(page);
  const links = shareList(page).getByRole('link');
  await expect(links).toHaveCount(6);
  for (const name of ['Share by Email', 'Share on WhatsApp', 'Share on Bluesky', 'Share on LinkedIn', 'Share on Facebook', 'Share on X']) {
    await expect(shareList(page).getByRole('link', { name, exact: true })).toBeVisible();
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.getAttribute('rel')!, a.textContent!.trim()]));
  const pageUrlIn = (href: string) => {
    const url = new URL(href);
    return [...url.searchParams.values()].some((v) => v === canonical || v.endsWith(` ${canonical}`) || v.endsWith(`\r\n${canonical}`));
  };
  for (const [href, rel, name] of hrefs) {
    expect(rel, name).toBe('noopener noreferrer');
    expect(pageUrlIn(href!), `${name}: ${href}`).toBe(true);
  }
  expect(new URL(hrefs.find(([, , n]) => n!.endsWith('Email'))![0]!).protocol).toBe('mailto:');
  expect(await page.locator('iframe').count()).toBe(0);
  expect(
    await page
      .locator('script[src]')
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin))),
  ).toEqual([]);
  expect(external).toEqual([]);
});

test('"Copy link" copies the page’s address and says so; the embed code copies too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/myths/risk/');
  const canonical = await canonicalOf(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await page.getByLabel('Embed code').inputValue());
  expect(snippet).toContain(`<a href="${canonical}">`);
  expect(snippet).toContain(`src="${new URL('card.png', canonical).href}"`);
});

test('the embed code shows the card on another site, with alt text, linking back', async ({ page, baseURL }) => {
  await page.goto('/myths/risk/');
  const canonical = await canonicalOf(page);
  const snippet = await page.getByLabel('Embed code').inputValue();
  const myth = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  // A member's site elsewhere, with the snippet pasted as it is; the public address is answered
  // from this test server.
  const memberPage = 'https://member.example/campaign/';
  const publicOrigin = new URL(canonical).origin;
  await page.route(memberPage, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>A member's site</title><main>${snippet}</main></html>`,
    }),
  );
  await page.route(`${publicOrigin}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(publicOrigin, baseURL!) });
    await route.fulfill({ response });
  });
  await page.goto(memberPage);
  const image = page.getByRole('img');
  await expect(image).toHaveAttribute('alt', new RegExp(`^Myth: “${myth.replace(/[()]/g, '\\$&')}”`));
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
  await expect(page.getByRole('link')).toHaveAttribute('href', canonical);
});

test('"Share…" uses the device’s share sheet where the browser has one, and is absent where not', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(navigator, {
      share: async (data: ShareData) => ((window as unknown as { shared: ShareData }).shared = data),
      canShare: () => true,
    });
  });
  await page.goto('/myths/funding/');
  const canonical = await canonicalOf(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toBe(canonical);
  expect(shared.text).toContain('In fact, ');

  const plain = await page.context().newPage();
  await plain.addInitScript(() => delete (Navigator.prototype as Partial<Navigator>).share);
  await plain.goto('/myths/funding/');
  await expect(plain.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Share…' })).toBeHidden();
});

test('Mastodon shares on the reader’s own server, and asks again when the server name is not one', async ({ page }) => {
  let opened = '';
  await page.route('https://eupolicy.social/**', (route) => {
    opened = route.request().url();
    return route.fulfill({ contentType: 'text/html', body: '<title>Mastodon</title>' });
  });
  await page.goto('/myths/mediation/');
  const canonical = await canonicalOf(page);
  const server = page.getByLabel('Your Mastodon server');
  await server.fill('not a server');
  await page.getByRole('button', { name: 'Share on Mastodon' }).click();
  await expect(server).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the address of your Mastodon server')).toBeVisible();
  await expect(server).toBeFocused();

  await server.fill('@someone@eupolicy.social');
  await page.getByRole('button', { name: 'Share on Mastodon' }).click();
  await expect(page).toHaveURL(/^https:\/\/eupolicy\.social\/share\?/);
  expect(new URL(opened).searchParams.get('text')).toMatch(new RegExp(` ${canonical.replace(/[.]/g, '\\.')}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a myth page still shares: links, Mastodon text, downloads and embed code, and no dead buttons', async ({ page }) => {
    await page.goto('/myths/mediation/');
    const canonical = await canonicalOf(page);
    await expect(shareList(page).getByRole('link')).toHaveCount(6);
    await expect(page.getByLabel('Or copy this text into a new post on your server:')).toHaveValue(new RegExp(`${canonical}$`));
    await expect(page.getByLabel('Embed code')).toHaveValue(new RegExp(`<a href="${canonical}">`));
    for (const name of ['Share…', 'Copy link', 'Copy embed code', 'Share on Mastodon']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await expect(page.getByLabel('Your Mastodon server')).toBeHidden();
  });

  test('the cards download under names that say what they are', async ({ page }) => {
    await page.goto('/myths/mediation/');
    for (const [name, file, size] of [
      ['Download the link-preview card (1200 × 630 PNG)', 'responsible-together-myth-mediation-1200x630.png', { width: 1200, height: 630 }],
      ['Download the square card (1080 × 1080 PNG)', 'responsible-together-myth-mediation-1080x1080.png', { width: 1080, height: 1080 }],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      expect(pngSize(readFileSync((await download.path())!))).toEqual(size);
    }
  });
});

test('the toolkit offers every myth’s cards, alt text and embed code, and is linked from the footer and myths', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/myths/');
  const myths = await page.locator('main article h2').allTextContents();
  await page.getByRole('link', { name: 'the campaign toolkit' }).click();
  await expect(page).toHaveURL('/toolkit/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaign toolkit');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Campaign toolkit' })).toHaveAttribute('href', '/toolkit/');
  const sections = page.locator('section[data-myth]');
  await expect(sections).toHaveCount(myths.length);
  for (const [i, myth] of myths.entries()) {
    const section = sections.nth(i);
    await expect(section.getByRole('heading', { level: 3 })).toContainText(myth.trim());
    const slug = (await section.getAttribute('data-myth'))!;
    await expect(section.locator('a[download][data-card]')).toHaveCount(2);
    await expect(section.locator('a[data-card="card"]')).toHaveAttribute('download', `responsible-together-myth-${slug}-1200x630.png`);
    await expect(section.locator('a[data-card="square"]')).toHaveAttribute('download', `responsible-together-myth-${slug}-1080x1080.png`);
    await expect(section.getByLabel('Embed code')).toHaveValue(new RegExp(`/myths/${slug}/card\\.png"`));
    await expect(section.getByLabel('Alt text for the cards')).toHaveValue(new RegExp(`^Myth: “${myth.trim().replace(/[()]/g, '\\$&')}”`));
  }
  const first = sections.first();
  await first.getByRole('button', { name: 'Copy alt text' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Alt text copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.getByLabel('Alt text for the cards').inputValue());
});

test('each myth page links the previous and next myth in the order of the myths page', async ({ page }) => {
  await page.goto('/myths/');
  const hrefs = await page.locator('main article h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const [i, href] of hrefs.entries()) {
    await page.goto(href);
    const nav = page.getByRole('navigation', { name: 'More myths' });
    const previous = nav.getByRole('link', { name: /Previous myth/ });
    const next = nav.getByRole('link', { name: /Next myth/ });
    if (i > 0) await expect(previous).toHaveAttribute('href', hrefs[i - 1]!);
    else await expect(previous).toHaveCount(0);
    if (i < hrefs.length - 1) await expect(next).toHaveAttribute('href', hrefs[i + 1]!);
    else await expect(next).toHaveCount(0);
  }
});

test('the sharing parts pass an accessibility check', async ({ page }) => {
  for (const path of ['/myths/mediation/', '/toolkit/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
