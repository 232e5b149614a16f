/**
 * What the benchmark's sections share: options, a temporary work folder, and the real
 * production build (scripts/build.ts) run on synthetic copies of the content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { writeSyntheticContent, type Counts } from './synthetic-content.ts';
import { stripVTControlCharacters } from 'node:util';

export interface BenchOptions {
  /** Content sizes to build, as multiples of the real site. */
  scales: number[];
  /** Lighthouse runs per page; the median is reported. */
  runs: number;
  /** Sections to run, by key. */
  sections: string[];
  /** First of the ports the benchmark may serve on (it uses this one and the next). */
  port: number;
}

export interface BuildRun {
  wallSeconds: number;
  /** Peak resident memory of the largest build process, from GNU time; null where it is missing. */
  peakMemoryMiB: number | null;
  /** Seconds per phase, read from the build's own log. */
  phases: Record<string, number | null>;
  log: string;
}

export interface Site {
  scale: number;
  content: string;
  dist: string;
  cache: string;
  counts: Counts;
}

const GNU_TIME = '/usr/bin/time';
/** Every build of a run is made as of one moment, so a cached build can write the same feed (lastBuildDate). */
const BENCH_CLOCK = process.env.BUILD_TIME ?? new Date().toISOString();

export class BenchContext {
  readonly sites = new Map<number, Site>();
  readonly options: BenchOptions;
  /** Temporary folder for synthetic content, built sites and their caches. */
  readonly work: string;

  constructor(options: BenchOptions, work: string) {
    this.options = options;
    this.work = work;
  }

  /** Address the benchmark serves built sites on; sites are built with it as SITE_URL. */
  get origin(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Writes the synthetic content for `scale` (once) and returns where its site goes. */
  prepare(scale: number): Site {
    const existing = this.sites.get(scale);
    if (existing) return existing;
    const content = join(this.work, `content-${scale}x`);
    const site: Site = {
      scale,
      content,
      dist: join(this.work, `site-${scale}x`),
      cache: join(this.work, `cache-${scale}x`),
      counts: writeSyntheticContent('content', content, scale),
    };
    this.sites.set(scale, site);
    return site;
  }

  /** The built site at `scale`, building it (untimed) if no section has yet. */
  builtSite(scale: number): Site {
    const site = this.prepare(scale);
    if (!existsSync(join(site.dist, 'index.html'))) this.build(site, 'untimed');
    return site;
  }

  /** Runs the production build of the site and measures it. */
  build(site: Site, label: string): BuildRun {
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      RT_CONTENT_DIR: site.content,
      RT_DIST: site.dist,
      // Built as of BENCH_CLOCK, which makes it a preview build (scripts/build.ts): it goes to the same folder.
      RT_PREVIEW_DIR: site.dist,
      RT_CACHE_DIR: site.cache,
      // Share cards keep their own cache: inside the site's, so the first build starts empty.
      RT_CARD_CACHE: join(site.cache, 'cards'),
      SITE_URL: this.origin,
      BUILD_TIME: BENCH_CLOCK,
      FORCE_COLOR: '0',
    };
    const timed = existsSync(GNU_TIME);
    const command = timed ? GNU_TIME : process.execPath;
    const args = timed ? ['-f', 'rt-bench-peak-kb=%M', process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
    const started = performance.now();
    const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wallSeconds = (performance.now() - started) / 1000;
    const log = stripVTControlCharacters(result.stdout + result.stderr);
    const logFile = join(this.work, `build-${site.scale}x-${label}.log`);
    writeFileSync(logFile, log);
    if (result.status !== 0) throw new Error(`The ${site.scale}x build (${label}) failed; its log is in ${logFile}`);
    const peak = /rt-bench-peak-kb=(\d+)/.exec(log);
    return { wallSeconds, peakMemoryMiB: peak ? Math.round(Number(peak[1]) / 1024) : null, phases: phasesOf(log), log: logFile };
  }
}

/** Seconds from a duration as the logs write it: "521ms", "7.40s", "5.93 s" or "1m 7s". */
export function seconds(duration: string | undefined): number | null {
  const m = /^(?:(\d+)m )?([\d.]+) ?(ms|s)$/.exec(duration?.trim() ?? '');
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

const DURATION = '((?:\\d+m )?[\\d.]+ ?(?:ms|s))\\b';

/** Phase timings from Astro's log and ours (see src/integrations/pagefind.ts). */
export function phasesOf(log: string): Record<string, number | null> {
  const find = (pattern: string) => seconds(new RegExp(pattern.replace('DURATION', DURATION)).exec(log)?.[1]);
  return {
    'bundle (vite)': find('\\[vite\\] ✓ built in DURATION'),
    'render pages': find('generating static routes[\\s\\S]*?✓ Completed in DURATION'),
    'search index': find('\\[rt-pagefind\\] .* in DURATION'),
  };
}

export interface FolderStats {
  files: number;
  bytes: number;
}

/** Files and bytes under a folder. */
export function folderStats(dir: string): FolderStats {
  const stats: FolderStats = { files: 0, bytes: 0 };
  if (!existsSync(dir)) return stats;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) {
      const inner = folderStats(path);
      stats.files += inner.files;
      stats.bytes += inner.bytes;
    } else {
      stats.files++;
      stats.bytes += s.size;
    }
  }
  return stats;
}

/**
 * One hash over every file's path and bytes, except Pagefind's (its file names differ from run
 * to run for the same pages): equal hashes mean the same pages and files.
 */
export function pagesDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (path !== join(dir, 'pagefind')) walk(path);
      } else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
