/** Helpers for browser tests: what the served site publishes, read from its sitemap over HTTP. */
import type { APIRequestContext } from '@playwright/test';
import { sitemapEntries, sitemapsOfIndex, type SitemapEntry } from './sitemap.ts';

/** Every page's entry in the served sitemap. */
export async function sitemapEntriesServed(request: APIRequestContext): Promise<SitemapEntry[]> {
  const text = async (path: string) => (await request.get(path)).text();
  const entries: SitemapEntry[] = [];
  for (const sitemap of sitemapsOfIndex(await text('/sitemap-index.xml'))) entries.push(...sitemapEntries(await text(sitemap)));
  return entries;
}

/** Every page the sitemap lists, as a path (/myths/mediation/). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapEntriesServed(request)).map((entry) => entry.path);
}
