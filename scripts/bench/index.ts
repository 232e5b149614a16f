/**
 * `npm run bench`: prints how fast the site is for visitors and to build, and writes the figures
 * to bench-results/<time>.json so two runs can be compared. Never part of `npm test`.
 *
 *   npm run bench                           everything: Lighthouse, builds at 1x/10x/100x, search at 100x
 *   npm run bench -- --quick                one Lighthouse run per page, builds at 1x and 10x
 *   npm run bench -- --scales=1,10 --runs=1 --sections=build,search,cards
 *   npm run bench -- --sections=cards --results=/tmp/x   figures written to /tmp/x instead of bench-results/
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchContext, ensureDir, type BenchOptions } from './context.ts';
import { buildAtScale } from './build-at-scale.ts';
import { pageQuality } from './page-quality.ts';
import { searchAtScale } from './search-at-scale.ts';
import { benchCards } from './cards.ts';
import { headersAtScale } from './headers-at-scale.ts';

interface Section {
  key: string;
  title: string;
  run(ctx: BenchContext): Promise<unknown>;
}

/** The benchmark's sections, in the order they run. Add a section by adding it here. */
const SECTIONS: Section[] = [
  { key: 'build', title: 'Build at scale', run: buildAtScale },
  { key: 'lighthouse', title: 'Page quality (Lighthouse)', run: pageQuality },
  { key: 'search', title: 'Search at scale', run: searchAtScale },
  { key: 'headers', title: 'Security headers at scale (_headers rules, time to write and check)', run: headersAtScale },
  {
    key: 'cards',
    title: 'Share cards (the real myths, outside the build)',
    run: async () => {
      const result = await benchCards();
      console.log(result.lines.map((line) => `  ${line}`).join('\n'));
      return result;
    },
  },
];

function options(): BenchOptions & { keep: boolean; results: string } {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      runs: { type: 'string' },
      sections: { type: 'string' },
      port: { type: 'string', default: process.env.RT_BENCH_PORT ?? '4345' },
      keep: { type: 'boolean', default: false },
      results: { type: 'string', default: 'bench-results' },
    },
  });
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const scales = list(values.scales ?? (values.quick ? '1,10' : '1,10,100')).map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--scales expects whole numbers like 1,10,100, not "${values.scales}".`);
  const sections = list(values.sections ?? SECTIONS.map((s) => s.key).join(','));
  const unknown = sections.filter((k) => !SECTIONS.some((s) => s.key === k));
  if (unknown.length)
    throw new Error(`Unknown section(s) ${unknown.join(', ')}; expected some of ${SECTIONS.map((s) => s.key).join(', ')}.`);
  return {
    scales,
    sections,
    runs: Number(values.runs ?? (values.quick ? 1 : 3)),
    port: Number(values.port),
    keep: values.keep,
    results: values.results,
  };
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const opts = options();
const work = mkdtempSync(join(tmpdir(), 'rt-bench-'));
const ctx = new BenchContext(opts, work);
const startedAt = new Date();
const commit = git('rev-parse', '--short', 'HEAD');
const uncommittedChanges = git('status', '--porcelain') !== '';
// Other work on the machine skews timings: the load average at start and end says how much.
const loadAtStart = loadavg()[0]!;
const results: Record<string, unknown> = {};
console.log(`Benchmark: sections ${opts.sections.join(', ')}; scales ${opts.scales.map((s) => `${s}x`).join(', ')}; work folder ${work}`);
try {
  for (const section of SECTIONS.filter((s) => opts.sections.includes(s.key))) {
    console.log(`\n== ${section.title} ==`);
    const started = performance.now();
    results[section.key] = await section.run(ctx);
    console.log(`(${section.title}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}

const report = {
  startedAt: startedAt.toISOString(),
  seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  commit,
  uncommittedChanges,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0]!.toFixed(2)) },
  },
  options: opts,
  results,
};
const file = join(ensureDir(opts.results), `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
console.log(
  `\nFigures written to ${file} (${report.seconds} s in all; load average ${report.machine.loadAverage.start} at start, ${report.machine.loadAverage.end} at end on ${report.machine.cpus} cores).`,
);
