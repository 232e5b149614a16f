/**
 * What search engines, dataset search and feed readers read: structured data, canonical
 * addresses and the press feed, checked against the content files they come from.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';

const DATASETS = join(import.meta.dirname, '..', '..', 'content', 'datasets');

// JSON-LD is free-form JSON: `any` lets the tests walk it as they assert its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
}

test('the 404 page names no canonical address and no og:url: it has no address of its own', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  // Pages that do have an address keep both.
  await page.goto('/impact/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/impact\/$/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/impact\/$/);
});

test('the Organization says where the network is based (Berlin, Germany) and shows no logo', async ({ page }) => {
  await page.goto('/');
  const organization = (await jsonLd(page)).find((d) => d['@type'] === 'Organization')!;
  expect(organization.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' });
  expect(organization).not.toHaveProperty('logo');
});

test('/impact/data/ describes each dataset as a schema.org Dataset, from its declaration', async ({ page, request }) => {
  await page.goto('/impact/data/');
  const described = (await jsonLd(page)).filter((d) => d['@type'] === 'Dataset');
  const declarations = readdirSync(DATASETS).filter((file) => file.endsWith('.json'));
  expect(declarations.length).toBeGreaterThan(0);
  expect(described).toHaveLength(declarations.length);
  for (const file of declarations) {
    const name = file.replace(/\.json$/, '');
    const declared = JSON.parse(readFileSync(join(DATASETS, file), 'utf8'));
    const dataset = described.find((d) => d.name === declared.title);
    expect(dataset, `Dataset for ${file}`).toBeDefined();
    expect(dataset!['@context']).toBe('https://schema.org');
    expect(dataset!.description).toBe(declared.description);
    // The sources state no license: none is claimed.
    expect(dataset).not.toHaveProperty('license');
    expect(dataset!.citation.name).toBe(declared.source.title);
    if (declared.source.doi) {
      expect(dataset!.citation.url).toBe(`https://doi.org/${declared.source.doi}`);
      expect(dataset!.citation.identifier).toMatchObject({ propertyID: 'DOI', value: declared.source.doi });
    }
    expect(dataset!.variableMeasured.map((v: { name: string }) => v.name)).toEqual(declared.columns.map((c: { name: string }) => c.name));
    for (const column of declared.columns) {
      const variable = dataset!.variableMeasured.find((v: { name: string }) => v.name === column.name);
      expect(variable.description).toContain(column.label);
    }
    const downloads = dataset!.distribution.map(
      (d: { encodingFormat: string; contentUrl: string }) => `${d.encodingFormat} ${new URL(d.contentUrl).pathname}`,
    );
    expect(downloads).toEqual([`text/csv /impact/data/${name}.csv`, `application/json /impact/data/${name}.json`]);
    for (const { contentUrl } of dataset!.distribution) {
      const response = await request.get(new URL(contentUrl).pathname);
      expect(response.status(), contentUrl).toBe(200);
    }
    // The Dataset's address is its section of the page.
    await expect(page.locator(new URL(dataset!.url).hash)).toHaveText(declared.title);
  }
});

test('a release dated by its year alone gets no made-up day: no pubDate, no datePublished; the feed stays valid and says when it was built', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/press/rss.xml')).text();
  const feed = await new Parser().parseString(xml);
  const yearOnly = feed.items.find((item) => item.link?.endsWith('/press/2023-responsible-together/'))!;
  expect(yearOnly).toBeDefined();
  expect(yearOnly.pubDate).toBeUndefined();
  const dated = feed.items.find((item) => item.link?.endsWith('/press/2018-campaign-launch/'))!;
  expect(new Date(dated.pubDate!).toISOString()).toBe('2018-11-25T00:00:00.000Z');
  // RSS 2.0: lastBuildDate in RFC 822 form, the time the feed was built (not before the newest dated release).
  const channel = xml.slice(0, xml.indexOf('<item>'));
  const lastBuildDate = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(channel)?.[1];
  expect(lastBuildDate).toMatch(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  );
  expect(new Date(lastBuildDate!).getTime()).toBeGreaterThanOrEqual(new Date(dated.pubDate!).getTime());
  // Every item a reader can open: title, link and guid.
  for (const item of feed.items) expect([item.title, item.link, item.guid].every(Boolean), item.link).toBe(true);

  await page.goto('/press/2023-responsible-together/');
  const article = (await jsonLd(page)).find((d) => d['@type'] === 'NewsArticle')!;
  expect(article).not.toHaveProperty('datePublished');
  expect(article.dateline).toBe('2023');
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2023');
  // The day the archive's content file carries to sort by is published nowhere.
  for (const text of [xml, JSON.stringify(article), await page.content()]) expect(text).not.toMatch(/2023-11-25|25 Nov(ember)? 2023/);
});
