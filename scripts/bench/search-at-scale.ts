/**
 * Search at scale: on the largest built site, what the browser downloads and how long it waits
 * for the first results of a few queries, in Chromium with an empty cache, served locally.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Request } from '@playwright/test';
import { formatTable, kb } from '../../tests/support/page-weight.ts';
import { median, type BenchContext } from './context.ts';
import { serveStatic } from './static-server.ts';

/** Queries a visitor might type, plus one that only the synthetic content answers. */
export const QUERIES = ['perpetrator', 'Istanbul Convention', 'accountability', 'synthetic 0042'] as const;
const REPEATS = 3;

export interface QueryResult {
  query: string;
  results: number;
  /** Milliseconds from pressing Search to the first result on screen (median of the repeats). */
  msToFirstResults: number;
  /** Bytes transferred for the search itself (after the page had loaded). */
  searchBytes: number;
  searchRequests: number;
}

export interface SearchResult {
  scale: number;
  pages: number;
  /** Bytes transferred to open /search/ before any search. */
  pageBytes: number;
  queries: QueryResult[];
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

async function transferred(requests: readonly Request[]): Promise<number> {
  let total = 0;
  for (const r of requests) {
    const sizes = await r.sizes().catch(() => undefined);
    if (sizes) total += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  return total;
}

async function searchOnce(browser: Browser, origin: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const beforeSearch: Request[] = [];
  const duringSearch: Request[] = [];
  let searching = false;
  page.on('requestfinished', (r) => (searching ? duringSearch : beforeSearch).push(r));
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  // Time in the page itself: from the submit event to the first result in the list.
  await page.evaluate(() => {
    const w = window as unknown as { rtStart?: number; rtFirst?: number };
    document.querySelector('form[role="search"]')!.addEventListener('submit', () => (w.rtStart = performance.now()), { capture: true });
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      if (list.children.length && w.rtFirst === undefined) w.rtFirst = performance.now();
    }).observe(list, { childList: true });
  });
  searching = true;
  await page.getByLabel('Search for').fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const ms = await page.evaluate(() => {
    const w = window as unknown as { rtStart?: number; rtFirst?: number };
    return (w.rtFirst ?? NaN) - (w.rtStart ?? NaN);
  });
  const status = (await page.getByRole('status').textContent()) ?? '';
  const result = {
    ms,
    results: Number(/(\d+) results?/.exec(status)?.[1] ?? 0),
    pageBytes: await transferred(beforeSearch),
    searchBytes: await transferred(duringSearch),
    searchRequests: duringSearch.length,
  };
  await context.close();
  return result;
}

export async function searchAtScale(ctx: BenchContext): Promise<SearchResult> {
  const scale = Math.max(...ctx.options.scales);
  const site = ctx.builtSite(scale);
  const server = await serveStatic(site.dist, ctx.options.port);
  const browser = await chromium.launch(
    existsSync(SYSTEM_CHROMIUM)
      ? {
          executablePath: SYSTEM_CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        }
      : {},
  );
  try {
    const queries: QueryResult[] = [];
    let pageBytes = 0;
    for (const query of QUERIES) {
      const runs = [];
      for (let i = 0; i < REPEATS; i++) runs.push(await searchOnce(browser, server.origin, query));
      pageBytes = runs[0]!.pageBytes;
      queries.push({
        query,
        results: runs[0]!.results,
        msToFirstResults: Math.round(median(runs.map((r) => r.ms))),
        searchBytes: runs[0]!.searchBytes,
        searchRequests: runs[0]!.searchRequests,
      });
    }
    const result = { scale, pages: Object.values(site.counts).reduce((a, b) => a + b, 0), pageBytes, queries };
    printSearchResults(result);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printSearchResults(r: SearchResult): void {
  console.log(`\nSearch on the ${r.scale}x site (${r.pages} entries), Chromium with an empty cache, served locally with gzip`);
  console.log(`Opening /search/ transfers ${kb(r.pageBytes)}; the search index loads only on the first search.\n`);
  console.log(
    formatTable(
      ['query', 'results', 'time to first results', 'downloaded for the search', 'requests'],
      r.queries.map((q) => [`“${q.query}”`, String(q.results), `${q.msToFirstResults} ms`, kb(q.searchBytes), String(q.searchRequests)]),
    ),
  );
}
