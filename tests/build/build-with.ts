/**
 * Runs the real production build on a copy of content/ with one extra (broken) file, into a
 * dist/ that holds a stand-in for the last published site, and reports what the editor is told.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function buildWith(fixture: string, collection: string) {
  const work = mkdtempSync(join(tmpdir(), 'rt-bad-content-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, collection, basename(fixture));
  cpSync(fixture, file);
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the site as last published');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, RT_CONTENT_DIR: content, RT_DIST: dist, RT_CACHE_DIR: join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const published = readFileSync(join(dist, 'index.html'), 'utf8');
  rmSync(work, { recursive: true, force: true });
  // Strip terminal colours so the message is read as an editor reads it.
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, published, file };
}
