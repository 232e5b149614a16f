/**
 * Runs the real production build (scripts/build.ts) on a copy of content/ with extra press
 * releases from tests/fixtures/, into a folder of its own, with its own content cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface SiteBuild {
  status: number | null;
  /** What the build printed, without terminal colours, as an editor reads it. */
  output: string;
  /** The content folder that was built. */
  content: string;
  /** Where the site was (or would have been) published. */
  dist: string;
  /** Removes the build's folders. */
  remove: () => void;
}

/**
 * @param pressFixtures paths of files to add to content/press/
 * @param env extra environment, e.g. BUILD_TIME
 * @param prepare called with the publish folder before the build (to put a "last good site" there)
 */
export function buildSite(pressFixtures: string[], env: Record<string, string> = {}, prepare?: (dist: string) => void): SiteBuild {
  const work = mkdtempSync(join(tmpdir(), 'rt-build-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  for (const fixture of pressFixtures) cpSync(fixture, join(content, 'press', basename(fixture)));
  const dist = join(work, 'dist');
  mkdirSync(dist);
  prepare?.(dist);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, ...env, RT_CONTENT_DIR: content, RT_DIST: dist, RT_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, content, dist, remove: () => rmSync(work, { recursive: true, force: true }) };
}
