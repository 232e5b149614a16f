/**
 * Page quality: Lighthouse (mobile defaults: a mid-range phone on a slow 4G connection,
 * simulated) on one page of each kind of the real site, served locally. Chromium may reach
 * 127.0.0.1 only: every other host name fails to resolve.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, formatTable, heaviestPageOfEachType, kb } from '../../tests/support/page-weight.ts';
import { median, type BenchContext } from './context.ts';
import { serveStatic } from './static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbtMs: 'total-blocking-time',
  bytes: 'total-byte-weight',
} as const;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  // Nothing leaves the machine: only 127.0.0.1 resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface PageQuality {
  type: string;
  path: string;
  runs: number;
  /** Scores 0–100, medians of the runs. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes Lighthouse saw transferred (gzip server), everything the page loaded. */
  bytes: number;
  /** The page's first-visit budget (tests/support/page-weight.ts). */
  budget: number;
  /** Requests the page made to anything but the local server (should be none). */
  offSiteRequests: string[];
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
}

function lighthouse(url: string, outFile: string): Promise<LighthouseReport> {
  const bin = join('node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    bin,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--no-enable-error-reporting',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse failed on ${url} (exit ${code}):\n${stderr}`));
      resolve(JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport);
    });
  });
}

export async function pageQuality(ctx: BenchContext): Promise<PageQuality[]> {
  if (!existsSync(CHROME_PATH))
    throw new Error(`Lighthouse needs Chromium at ${CHROME_PATH} (Debian package chromium), or CHROME_PATH set.`);
  const site = ctx.builtSite(1);
  const server = await serveStatic(site.dist, ctx.options.port);
  const reports = mkdtempSync(join(ctx.work, 'lighthouse-'));
  // Every kind of page, the heaviest of its kind.
  const chosen = heaviestPageOfEachType(builtPages(site.dist));
  const results: PageQuality[] = [];
  try {
    for (const page of chosen) {
      // Lighthouse stops on a 404 status, so the not-found page is opened by its own address.
      const path = page.path;
      const runs: LighthouseReport[] = [];
      console.log(`  Lighthouse: ${page.type.name} ${path}, ${ctx.options.runs} run(s)`);
      for (let i = 0; i < ctx.options.runs; i++) {
        runs.push(await lighthouse(`${server.origin}${path}`, join(reports, `run.json`)));
      }
      const score = (c: string) => Math.round(median(runs.map((r) => (r.categories[c]?.score ?? 0) * 100)));
      const metric = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
      const requested = runs.flatMap((r) => r.audits['network-requests']?.details?.items?.map((i) => i.url ?? '') ?? []);
      results.push({
        type: page.type.name,
        path,
        runs: runs.length,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as PageQuality['scores'],
        lcpMs: Math.round(metric(METRICS.lcpMs)),
        cls: Number(metric(METRICS.cls).toFixed(3)),
        tbtMs: Math.round(metric(METRICS.tbtMs)),
        bytes: Math.round(metric(METRICS.bytes)),
        budget: page.type.budget,
        offSiteRequests: [...new Set(requested.filter((u) => u && !u.startsWith(server.origin) && !u.startsWith('data:')))],
      });
    }
  } finally {
    await server.close();
    rmSync(reports, { recursive: true, force: true });
  }
  printPageQuality(results);
  return results;
}

export function printPageQuality(results: readonly PageQuality[]): void {
  console.log(
    `\nPage quality: Lighthouse 13, mobile defaults (simulated slow 4G), served with gzip, median of ${results[0]?.runs ?? 0} run(s) per page\n`,
  );
  console.log(
    formatTable(
      ['page type', 'page', 'transferred', 'budget', 'LCP', 'CLS', 'performance', 'accessibility', 'best practices', 'SEO', 'TBT'],
      results.map((r) => [
        r.type,
        r.path,
        kb(r.bytes),
        kb(r.budget),
        `${(r.lcpMs / 1000).toFixed(2)} s`,
        r.cls.toFixed(3),
        String(r.scores.performance),
        String(r.scores.accessibility),
        String(r.scores['best-practices']),
        String(r.scores.seo),
        `${r.tbtMs} ms`,
      ]),
    ),
  );
  const offSite = results.flatMap((r) => r.offSiteRequests);
  if (offSite.length) console.log(`\nWARNING: pages asked for other hosts (blocked): ${offSite.join(', ')}`);
}
