/**
 * What a journalist does in the press room: read a release, print it, download it as PDF and
 * plain text and read those back, follow the feed, and find contacts and facts.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Parser from 'rss-parser';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sitemapPaths } from '../support/site.ts';

const RELEASE = '/press/2018-campaign-launch/';
const HEADLINE = 'Official launch of the WWP EN “Responsible Together” Perpetrator Work Campaign 2018';
const DATELINE = 'Berlin, 25 November 2018';

/** Runs of white space as one space, so wrapped lines compare with the page's text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A PDF from the site, as pdftotext reads it, and as pdfinfo describes it. */
async function readPdf(request: APIRequestContext, path: string): Promise<{ text: string; info: string; type: string | undefined }> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), 'rt-pdf-'));
  try {
    const file = join(dir, 'release.pdf');
    writeFileSync(file, await response.body());
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    return { text: text.stdout, info: info.stdout, type: response.headers()['content-type'] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words a reader sees on a release page: headline, dateline, paragraphs, quotes, contact. */
async function pageWords(page: Page) {
  const article = page.locator('main article');
  return {
    headline: squash(await article.locator('h1').innerText()),
    /** "Berlin, 25 November 2018", as the line under the headline starts. */
    dateline: squash(await article.locator('header p:has(time)').innerText()).split(' · ')[0]!,
    quotes: (await article.locator('.prose blockquote').allInnerTexts()).map(squash),
    attributions: (await article.locator('.prose figcaption').allInnerTexts()).map(squash),
    paragraphs: (await article.locator('.prose > p, .prose li').allInnerTexts()).map(squash),
    headings: (await article.locator('.prose h2').allInnerTexts()).map(squash),
    /** The contact line: the release's own media contact, or the network's, set apart. */
    contact: squash(
      await article.locator('section:has(> #media-contact), section:has(> #network-contact)').locator('p').last().innerText(),
    ),
    /** Everything after the body (boilerplate, contacts), each section's words in order. */
    closing: (await article.locator('section[aria-labelledby]').allInnerTexts()).map(squash),
  };
}

test.describe('a press release', () => {
  test('offers its PDF, plain text and the feed, and carries NewsArticle data', async ({ page }) => {
    await page.goto(RELEASE);
    await expect(page.getByRole('link', { name: 'PDF (A4)' })).toHaveAttribute('href', '/press/2018-campaign-launch.pdf');
    await expect(page.getByRole('link', { name: 'plain text' })).toHaveAttribute('href', '/press/2018-campaign-launch.txt');
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
    const article = data.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: HEADLINE,
      datePublished: '2018-11-25',
      dateline: DATELINE,
      author: { '@type': 'Organization', name: 'European Network for the Work with Perpetrators of Domestic Violence' },
      publisher: { '@type': 'Organization', name: 'European Network for the Work with Perpetrators of Domestic Violence' },
    });
    expect(article.url).toMatch(/\/press\/2018-campaign-launch\/$/);
    expect(article).not.toHaveProperty('image');
  });

  test('prints on A4 without navigation, footer, buttons or download links', async ({ page }) => {
    await page.goto(RELEASE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main .prose blockquote').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Media contact' })).toBeVisible();
    await expect(page.getByText(/^This release online: https:\/\/.+\/press\/2018-campaign-launch\/$/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('link', { name: 'PDF (A4)' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'All press releases' })).toBeHidden();

    // The page size comes from the print stylesheet's @page rule, not from here.
    const printed = page.pdf({ preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'rt-print-'));
    try {
      const file = join(dir, 'printed.pdf');
      writeFileSync(file, await printed);
      const text = squash(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout);
      expect(text).toContain(squash(HEADLINE));
      expect(text).toContain('anna.mckenzie@work-with-perpetrators.eu');
      expect(text).not.toContain('Skip to main content');
      expect(text).not.toContain('Follow the network');
      expect(text).not.toContain('Download this release');
      expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout).toMatch(/Page size:.*\(A4\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('its PDF is A4 with the headline, dateline, every quote, the contact, page numbers and its address', async ({ page, request }) => {
    await page.goto(RELEASE);
    const words = await pageWords(page);
    expect(words.dateline).toBe(DATELINE);
    const pdf = await readPdf(request, '/press/2018-campaign-launch.pdf');
    const text = squash(pdf.text);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(pdf.info).toMatch(/Tagged:\s+yes/);
    expect(text).toContain(squash(HEADLINE));
    expect(text).toContain(words.dateline);
    expect(words.quotes.length).toBe(2);
    for (const quote of words.quotes) expect(text).toContain(quote);
    for (const attribution of words.attributions) expect(text).toContain(attribution);
    expect(text).toContain('About WWP EN');
    expect(text).toContain('55 members from 28 countries');
    expect(text).toContain(words.contact);
    const pages = Number(/Pages:\s+(\d+)/.exec(pdf.info)![1]);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    expect(text).toMatch(/https:\/\/\S+\/press\/2018-campaign-launch\//);
  });

  test('its plain-text version has the page’s headline, dateline, paragraphs, quotes and contact', async ({ page, request }) => {
    for (const slug of ['2018-campaign-launch', '2023-responsible-together']) {
      await page.goto(`/press/${slug}/`);
      const words = await pageWords(page);
      const response = await request.get(`/press/${slug}.txt`);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      expect([...(await response.body()).subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      // Link addresses follow the linked words in brackets in plain text; the page shows the words only.
      const text = squash((await response.text()).replace(/ \(https?:\/\/[^)\s]+\)/g, ''));
      expect(text).toContain(words.headline);
      expect(text).toContain(words.dateline);
      for (const paragraph of words.paragraphs) expect(text).toContain(paragraph);
      for (const heading of words.headings) expect(text).toContain(heading);
      for (const quote of words.quotes) expect(text).toContain(`“${quote}”`);
      for (const attribution of words.attributions) expect(text).toContain(attribution);
      expect(text).toContain(words.contact);
      for (const section of words.closing) expect(text).toContain(section.replace(/ \(https?:\/\/[^)\s]+\)/g, ''));
    }
  });
});

test('the 2023 campaign page is presented as it is: no boilerplate or media contact added as if it were its own', async ({
  page,
  request,
}) => {
  const slug = '2023-responsible-together';
  await page.goto(`/press/${slug}/`);
  const article = page.locator('main article');
  await expect(article.locator('header time')).toHaveText('2023');
  await expect(article.getByRole('heading', { name: 'About WWP EN' })).toHaveCount(0);
  await expect(article.getByRole('heading', { name: 'Media contact' })).toHaveCount(0);
  const added = article.locator('section:has(> #network-contact)');
  await expect(added.getByRole('heading')).toHaveText('Contacting WWP EN');
  await expect(added).toContainText('Not part of the original, which names no media contact: the general contact of WWP EN.');
  await expect(added.getByRole('link', { name: 'info@work-with-perpetrators.eu' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Sources' })).toContainText(
    'WWP EN campaign web page for #ResponsibleTogether23 (last changed 9 April 2024)',
  );

  const text = await (await request.get(`/press/${slug}.txt`)).text();
  const pdf = squash((await readPdf(request, `/press/${slug}.pdf`)).text);
  const feed = await new Parser<object, { 'content:encoded': string }>().parseString(await (await request.get('/press/rss.xml')).text());
  const item = feed.items.find((i) => i.link?.endsWith(`/press/${slug}/`))!['content:encoded'];
  for (const [format, words] of [
    ['text', squash(text)],
    ['PDF', pdf],
    ['feed', item],
  ] as const) {
    expect(words, format).toContain('Not part of the original, which names no media contact');
    expect(words, format).not.toContain('About WWP EN');
    expect(words, format).not.toContain('Media contact');
    expect(words, format).not.toContain('25 November 2023');
  }
});

test('a release’s plain text opens in the browser with its typographic quotes intact', async ({ page }) => {
  await page.goto('/press/2018-campaign-launch.txt');
  await expect(page.locator('body')).toContainText('Official launch of the WWP EN “Responsible Together” Perpetrator Work Campaign 2018');
  await expect(page.locator('body')).toContainText('women’s support services');
});

test('the feed parses, has one item per public release with full text, and every page announces it', async ({ page, request }) => {
  await page.goto('/press/');
  const listed = await page
    .locator('main section article h3 a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(listed.length).toBeGreaterThan(1);
  await expect(page.getByRole('link', { name: 'Follow new releases with the RSS feed' })).toHaveAttribute('href', '/press/rss.xml');

  const response = await request.get('/press/rss.xml');
  expect(response.status()).toBe(200);
  const feed = await new Parser<object, { 'content:encoded': string }>().parseString(await response.text());
  expect(feed.title).toBe('Responsible Together: WWP EN press releases');
  expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual([...listed].sort());
  const launch = feed.items.find((item) => item.link?.endsWith(RELEASE))!;
  expect(launch.title).toBe(HEADLINE);
  expect(new Date(launch.pubDate!).toISOString()).toBe('2018-11-25T00:00:00.000Z');
  expect(launch['content:encoded']).toContain('more men need to be able to recognize their violent behaviour');
  expect(launch['content:encoded']).toContain('– Alessandra Pauncz, WWP EN Executive Director');
  expect(launch['content:encoded']).toContain('anna.mckenzie@work-with-perpetrators.eu');

  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]'), path).toHaveAttribute('href', '/press/rss.xml');
    const organization = (await page.locator('script[type="application/ld+json"]').allTextContents())
      .map((t) => JSON.parse(t))
      .find((d) => d['@type'] === 'Organization');
    expect(organization, path).toMatchObject({
      name: 'European Network for the Work with Perpetrators of Domestic Violence',
      alternateName: 'WWP EN',
    });
  }
});

test('the press index links each release’s PDF', async ({ page }) => {
  await page.goto('/press/');
  const releases = page.locator('main section article');
  expect(await releases.count()).toBeGreaterThan(1);
  for (const release of await releases.all()) {
    const href = await release.locator('h3 a').getAttribute('href');
    await expect(release.getByRole('link', { name: /^PDF/ })).toHaveAttribute('href', href!.replace(/\/$/, '.pdf'));
  }
});

test('the press room gives contacts, dated and sourced facts, the editions and every download', async ({ page, request }) => {
  await page.goto('/press/');
  await page.getByRole('link', { name: /Press room/ }).click();
  await expect(page).toHaveURL('/press/media/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press room');

  const contacts = page.locator('section[aria-labelledby="contacts"]');
  await expect(contacts.getByRole('link', { name: 'info@work-with-perpetrators.eu' })).toHaveAttribute(
    'href',
    'mailto:info@work-with-perpetrators.eu',
  );
  await expect(contacts).toContainText('Anna McKenzie');
  await expect(contacts).toContainText('named in the release of 25 November 2018');

  const facts = page.locator('section[aria-labelledby="facts"] tbody tr');
  await expect(facts.filter({ hasText: '55 members from 28 countries' })).toContainText('25 November 2018');
  await expect(facts.filter({ hasText: '55 members from 28 countries' })).toContainText('WWP EN press release, 25 November 2018');
  await expect(facts.filter({ hasText: '63 member organisations' })).toContainText('Respect');
  for (const row of await facts.all()) {
    await expect(row.locator('td').nth(1)).not.toBeEmpty();
    await expect(row.locator('td').nth(2)).not.toBeEmpty();
  }

  await page.goto('/campaigns/');
  const editions = await page.locator('main article').count();
  await page.goto('/press/media/');
  await expect(page.locator('section[aria-labelledby="editions"] tbody tr')).toHaveCount(editions);
  await expect(page.locator('section[aria-labelledby="editions"]')).toContainText('19 member organisations in 13 countries');

  const downloads = page.locator('section[aria-labelledby="downloads"] a');
  const hrefs = await downloads.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  for (const expected of [
    '/press/2018-campaign-launch.pdf',
    '/press/2018-campaign-launch.txt',
    '/press/2023-responsible-together.pdf',
    '/press/rss.xml',
    '/impact/data/impact-appendix-a.csv',
  ]) {
    expect(hrefs).toContain(expected);
  }
  for (const href of hrefs.filter((h) => h.startsWith('/'))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('press pages pass an automated accessibility check', async ({ page }) => {
  for (const path of ['/press/', RELEASE, '/press/media/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});
