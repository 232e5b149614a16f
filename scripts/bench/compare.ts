/**
 * Compares two benchmark runs side by side: `npm run bench:compare` takes the two newest files in
 * bench-results/, or name them: `npm run bench:compare -- old.json new.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable } from '../../tests/support/page-weight.ts';
import type { ScaleResult } from './build-at-scale.ts';
import type { PageQuality } from './page-quality.ts';
import type { SearchResult } from './search-at-scale.ts';

interface Report {
  startedAt: string;
  commit: string;
  machine: { loadAverage?: { start: number; end: number } };
  results: { build?: ScaleResult[]; lighthouse?: PageQuality[]; search?: SearchResult };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  const all = readdirSync('bench-results')
    .filter((f) => f.endsWith('.json'))
    .sort();
  files.push(...all.slice(-2).map((f) => join('bench-results', f)));
}
if (files.length !== 2) throw new Error('Give two result files, or run the benchmark twice first (npm run bench).');
const [a, b] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Report) as [Report, Report];
const pair = (x: number | undefined, y: number | undefined, unit = '') => `${x ?? '–'}${unit} → ${y ?? '–'}${unit}`;
const mib = (n: number | null | undefined) => (n == null ? undefined : Math.round(n));

console.log(`Comparing ${files[0]} (${a.commit}, load ${a.machine.loadAverage?.start ?? '?'})`);
console.log(`     with ${files[1]} (${b.commit}, load ${b.machine.loadAverage?.start ?? '?'})\n`);

const scales = [...new Set([...(a.results.build ?? []), ...(b.results.build ?? [])].map((r) => r.scale))].sort((x, y) => x - y);
if (scales.length) {
  const at = (r: Report, s: number) => r.results.build?.find((x) => x.scale === s);
  console.log(
    formatTable(
      ['scale', 'first build', 'cached build', 'faster', 'peak memory', 'search index'],
      scales.map((s) => [
        `${s}x`,
        pair(at(a, s)?.cold.wallSeconds, at(b, s)?.cold.wallSeconds, ' s'),
        pair(at(a, s)?.warm.wallSeconds, at(b, s)?.warm.wallSeconds, ' s'),
        pair(at(a, s)?.warmSpeedup, at(b, s)?.warmSpeedup, 'x'),
        pair(mib(at(a, s)?.cold.peakMemoryMiB), mib(at(b, s)?.cold.peakMemoryMiB), ' MiB'),
        pair(at(a, s)?.searchIndex.mib, at(b, s)?.searchIndex.mib, ' MiB'),
      ]),
    ),
  );
}

const types = [...new Set([...(a.results.lighthouse ?? []), ...(b.results.lighthouse ?? [])].map((r) => r.type))];
if (types.length) {
  const of = (r: Report, t: string) => r.results.lighthouse?.find((x) => x.type === t);
  console.log(
    '\n' +
      formatTable(
        ['page type', 'performance', 'accessibility', 'LCP', 'CLS', 'TBT'],
        types.map((t) => [
          t,
          pair(of(a, t)?.scores.performance, of(b, t)?.scores.performance),
          pair(of(a, t)?.scores.accessibility, of(b, t)?.scores.accessibility),
          pair(of(a, t)?.lcpMs, of(b, t)?.lcpMs, ' ms'),
          pair(of(a, t)?.cls, of(b, t)?.cls),
          pair(of(a, t)?.tbtMs, of(b, t)?.tbtMs, ' ms'),
        ]),
      ),
  );
}

const queries = [...new Set([...(a.results.search?.queries ?? []), ...(b.results.search?.queries ?? [])].map((q) => q.query))];
if (queries.length) {
  const q = (r: Report, text: string) => r.results.search?.queries.find((x) => x.query === text);
  console.log(
    '\n' +
      formatTable(
        ['query', 'time to first results', 'downloaded'],
        queries.map((text) => [
          `“${text}”`,
          pair(q(a, text)?.msToFirstResults, q(b, text)?.msToFirstResults, ' ms'),
          pair(q(a, text) && Math.round(q(a, text)!.searchBytes / 1024), q(b, text) && Math.round(q(b, text)!.searchBytes / 1024), ' KB'),
        ]),
      ),
  );
}
