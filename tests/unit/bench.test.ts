/** The benchmark: its plain helpers (phase timings from a build log, medians), and that it starts at all. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, phasesOf, seconds } from '../../scripts/bench/context.ts';
import type { ScaleResult } from '../../scripts/bench/build-at-scale.ts';

describe('phasesOf', () => {
  it('reads the bundle, render and search index times from a build log', () => {
    const log = [
      '04:56:41 [vite] ✓ built in 7.40s',
      '04:56:41 [vite] ✓ built in 18ms',
      ' generating static routes ',
      '04:56:47   ├─ /index.html (+3ms)',
      '04:56:47 ✓ Completed in 521ms.',
      '04:56:53 [rt-pagefind] Indexed 3109 pages for search in 5.93 s.',
    ].join('\n');
    expect(phasesOf(log)).toEqual({ 'bundle (vite)': 7.4, 'render pages': 0.521, 'search index': 5.93 });
  });

  it('reads a reused search index, and leaves out what the log does not say', () => {
    const log = '[rt-pagefind] Pages unchanged since the last build: reused its search index in 0.16 s.';
    expect(phasesOf(log)).toEqual({ 'bundle (vite)': null, 'render pages': null, 'search index': 0.16 });
  });
});

describe('seconds', () => {
  it('reads durations as Astro and Pagefind log them', () => {
    expect(seconds('521ms')).toBe(0.521);
    expect(seconds('7.40s')).toBe(7.4);
    expect(seconds('5.93 s')).toBe(5.93);
    expect(seconds('1m 7s')).toBe(67);
    expect(seconds('soon')).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

// The bench runs outside the test suite, so nothing else would notice if it stopped starting (as it
// did once, on an import Node 24 could not resolve). Its smallest section runs here: the real cards.
describe('npm run bench', () => {
  it('starts and runs its cards section on the real myths, writing its figures', () => {
    const results = mkdtempSync(join(tmpdir(), 'rt-bench-test-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/bench/index.ts', '--sections=cards', `--results=${results}`], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      const myths = readdirSync(join('content', 'myths')).filter((f) => /^[^_].*\.mdx?$/.test(f)).length;
      expect(run.stdout).toContain(`${myths * 2} cards: ${myths} myths`);
      expect(run.stdout).toMatch(/cold\s+[\d.]+ ms/);
      const [file] = readdirSync(results);
      const report = JSON.parse(readFileSync(join(results, file!), 'utf8')) as { results: { cards?: { lines: string[] } } };
      expect(report.results.cards?.lines[0]).toMatch(`${myths * 2} cards: ${myths} myths × 1200x630 and 1080x1080`);
    } finally {
      rmSync(results, { recursive: true, force: true });
    }
  }, 120_000);
});

// The build section spawns the real build on synthetic content; at 1x it is the smallest of them.
describe('npm run bench, build section', () => {
  it('builds 1x the content cold and cached, and prints the figures of each build', () => {
    const results = mkdtempSync(join(tmpdir(), 'rt-bench-test-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/bench/index.ts', '--sections=build', '--scales=1', `--results=${results}`], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('1x: building the same content again with the cache');
      const [file] = readdirSync(results);
      const report = JSON.parse(readFileSync(join(results, file!), 'utf8')) as { results: { build?: ScaleResult[] } };
      const [oneX] = report.results.build ?? [];
      // What the bench measures that does not depend on the machine: the cached build wrote the
      // same site, and no page is over its first-visit budget.
      expect(oneX).toMatchObject({ scale: 1, warmOutputIdentical: true, overBudget: { count: 0 } });
      expect(oneX!.pages).toBeGreaterThan(100);
    } finally {
      rmSync(results, { recursive: true, force: true });
    }
  }, 600_000);
});
