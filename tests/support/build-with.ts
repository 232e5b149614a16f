/**
 * Runs the real production build (scripts/build.ts) on a copy of content/ changed by a test,
 * into a dist/ that already holds "the site as last published", and reports what happened.
 * Each run keeps Astro's content cache in its own folder, apart from the real one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface BuildResult {
  status: number | null;
  /** What the editor sees in the terminal, without colours. */
  output: string;
  /** dist/index.html after the build: unchanged when the build failed. */
  published: string;
  /** The files asked for, read from dist/ after the build (undefined when missing). */
  files: Record<string, string | undefined>;
  /** Whether the preview folder (where a build with BUILD_TIME goes) holds a site after the build. */
  previewWritten: boolean;
}

export interface BuildOptions {
  /** Extra environment for the build, e.g. BUILD_TIME to build as of another moment. */
  env?: Record<string, string>;
  /** Extra arguments for `astro build`, e.g. ['--mode', 'development']. */
  args?: string[];
  /**
   * Called with the folder the build wrote before it is removed, to read whatever the test needs:
   * dist/, or the preview folder for a build with BUILD_TIME.
   */
  inspect?: (dist: string) => void;
}

/** Build a copy of content/ after `change` has edited it; `read` lists files of dist/ to return. */
export function buildWithContent(
  change: (content: string) => void,
  read: string[] = [],
  { env = {}, args = [], inspect }: BuildOptions = {},
): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'rt-build-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  change(content);
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the site as last published');
  const preview = join(work, 'preview');
  const { BUILD_TIME: _, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    env: {
      ...inherited,
      ...env,
      RT_CONTENT_DIR: content,
      RT_DIST: dist,
      RT_PREVIEW_DIR: preview,
      RT_CACHE_DIR: join(work, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  const published = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = Object.fromEntries(read.map((f) => [f, existsSync(join(dist, f)) ? readFileSync(join(dist, f), 'utf8') : undefined]));
  const previewWritten = existsSync(join(preview, 'index.html'));
  inspect?.(env.BUILD_TIME !== undefined ? preview : dist);
  rmSync(work, { recursive: true, force: true });
  // Strip terminal colours so the message is read as an editor reads it.
  const output = stripVTControlCharacters(run.stdout + run.stderr);
  return { status: run.status, output, published, files, previewWritten };
}

/** Build with one extra (broken) file added to a collection; `file` is where it was put. */
export function buildWith(fixture: string, collection: string): BuildResult & { file: string } {
  let file = '';
  const result = buildWithContent((content) => {
    file = join(content, collection, basename(fixture));
    cpSync(fixture, file);
  });
  return { ...result, file };
}
