/**
 * The tests' one sitemap reader: the sitemap index names the sitemaps, each sitemap holds one
 * <url> entry per page. Pure parsing; tests/support/site.ts reads the files over HTTP and
 * tests/support/built-site.ts from dist/.
 */

/** One page as the sitemap lists it: its path (/myths/mediation/) and its <url> entry's markup. */
export interface SitemapEntry {
  path: string;
  xml: string;
}

const pathOf = (loc: string) => new URL(loc).pathname;

/** The sitemaps the sitemap index names, as paths (/sitemap-0.xml). */
export function sitemapsOfIndex(indexXml: string): string[] {
  return [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
}

/** Every <url> entry of one sitemap. */
export function sitemapEntries(sitemapXml: string): SitemapEntry[] {
  return sitemapXml
    .split('<url>')
    .slice(1)
    .map((xml) => ({ path: pathOf(/<loc>([^<]+)<\/loc>/.exec(xml)![1]!), xml }));
}
