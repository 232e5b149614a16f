/**
 * Build at scale: the real production build (pages, search index and whatever else the build
 * makes) on 1x, 10x and 100x the real content, first with an empty cache and then again on the
 * same content with the cache the first build left.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, firstVisitWeight, formatTable, kb } from '../../tests/support/page-weight.ts';
import { pagesDigest, folderStats, type BenchContext, type BuildRun } from './context.ts';

export interface ScaleResult {
  scale: number;
  entries: Record<string, number>;
  pages: number;
  cold: Omit<BuildRun, 'log'>;
  warm: Omit<BuildRun, 'log'>;
  /** How many times faster the cached build was. */
  warmSpeedup: number;
  /** Whether the cached build wrote exactly the same pages and files as the first (search index aside). */
  warmOutputIdentical: boolean;
  msPerPage: number;
  output: { files: number; mib: number };
  searchIndex: { files: number; mib: number };
  /** The page whose first visit transfers the most (gzip, from the files), to catch lists that grow with the content. */
  heaviestPage: { path: string; kbGzip: number };
  /** Pages whose first visit is over their budget at this scale (lists that grow with the content). */
  overBudget: { count: number; examples: string[] };
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export async function buildAtScale(ctx: BenchContext): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const scale of ctx.options.scales) {
    const site = ctx.prepare(scale);
    rmSync(site.cache, { recursive: true, force: true });
    rmSync(site.dist, { recursive: true, force: true });
    console.log(`  ${scale}x: building ${Object.values(site.counts).reduce((a, b) => a + b, 0)} entries with an empty cache…`);
    const { log: _coldLog, ...cold } = ctx.build(site, 'cold');
    const coldDigest = pagesDigest(site.dist);
    console.log(`  ${scale}x: building the same content again with the cache…`);
    const { log: _warmLog, ...warm } = ctx.build(site, 'warm');
    const pages = builtPages(site.dist);
    const output = folderStats(site.dist);
    const index = folderStats(join(site.dist, 'pagefind'));
    const weights = pages.map((p) => ({ path: p.path, bytes: firstVisitWeight(site.dist, p), budget: p.type.budget }));
    const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const over = weights.filter((w) => w.bytes > w.budget).sort((a, b) => b.bytes - a.bytes);
    results.push({
      scale,
      entries: site.counts,
      pages: pages.length,
      cold: { ...cold, wallSeconds: round(cold.wallSeconds) },
      warm: { ...warm, wallSeconds: round(warm.wallSeconds) },
      warmSpeedup: round(cold.wallSeconds / warm.wallSeconds),
      warmOutputIdentical: pagesDigest(site.dist) === coldDigest,
      msPerPage: round((cold.wallSeconds * 1000) / pages.length),
      output: { files: output.files, mib: round(mib(output.bytes)) },
      searchIndex: { files: index.files, mib: round(mib(index.bytes)) },
      heaviestPage: { path: heaviest.path, kbGzip: round(heaviest.bytes / 1024, 1) },
      overBudget: { count: over.length, examples: over.slice(0, 3).map((w) => `${w.path} ${kb(w.bytes)}`) },
    });
  }
  printBuildResults(results);
  return results;
}

const secs = (n: number | null | undefined) => (n == null ? '–' : `${n.toFixed(1)} s`);

export function printBuildResults(results: readonly ScaleResult[]): void {
  console.log(`\nBuild at scale (wall time of scripts/build.ts: pages, search index and everything else the build makes)\n`);
  console.log(
    formatTable(
      [
        'scale',
        'entries',
        'pages',
        'first build',
        'per page',
        'peak memory',
        'output',
        'files',
        'search index',
        'cached build',
        'faster',
        'same pages',
        'heaviest first visit (gzip)',
      ],
      results.map((r) => [
        `${r.scale}x`,
        String(Object.values(r.entries).reduce((a, b) => a + b, 0)),
        String(r.pages),
        secs(r.cold.wallSeconds),
        `${r.msPerPage.toFixed(1)} ms`,
        r.cold.peakMemoryMiB == null ? '–' : `${Math.round(r.cold.peakMemoryMiB)} MiB`,
        `${r.output.mib.toFixed(1)} MiB`,
        String(r.output.files),
        `${r.searchIndex.mib.toFixed(1)} MiB, ${r.searchIndex.files} files`,
        secs(r.warm.wallSeconds),
        `${r.warmSpeedup.toFixed(1)}x`,
        r.warmOutputIdentical ? 'yes' : 'NO',
        `${r.heaviestPage.path} ${kb(r.heaviestPage.kbGzip * 1024)}`,
      ]),
    ),
  );
  for (const r of results) {
    console.log(
      r.overBudget.count
        ? `At ${r.scale}x, ${r.overBudget.count} page(s) are over their first-visit budget, e.g. ${r.overBudget.examples.join(', ')}`
        : `At ${r.scale}x, no page is over its first-visit budget.`,
    );
  }
  const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.cold.phases)))];
  console.log(`\nWhere the time goes (first build / cached build)\n`);
  console.log(
    formatTable(
      ['scale', ...phaseNames],
      results.map((r) => [`${r.scale}x`, ...phaseNames.map((p) => `${secs(r.cold.phases[p])} / ${secs(r.warm.phases[p])}`)]),
    ),
  );
}
