/** The benchmark's plain helpers: reading phase timings from a build log, and medians. */
import { describe, expect, it } from 'vitest';
import { median, phasesOf } from '../../scripts/bench/context';

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

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
