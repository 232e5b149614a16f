/**
 * `npm run publish:due`: tells a scheduler whether the site must be built and deployed again now,
 * because an embargo has lifted since the last deployment (issue #14).
 *
 *   npm run -s publish:due [-- --since <ISO time of the last deployment>] [--now <ISO time>]
 *
 * Without --since it reads the time of the last build from .build/publish-schedule.json (the CI
 * workflow keeps that file between runs); with neither, a rebuild is due.
 * Exit code: 0 rebuild due, 3 nothing to do, 1 error (bad content or arguments, named).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const EXIT_DUE = 0;
const EXIT_NOT_DUE = 3;

function time(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const t = new Date(value);
  if (Number.isNaN(t.getTime()))
    throw new Error(`--${name} "${value}" is not a date and time; expected ISO 8601, e.g. 2026-11-25T09:00:00+01:00.`);
  return t;
}

// The rules live in TypeScript modules written for the build: Vite loads them here as it does there.
const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'silent',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { values } = parseArgs({ options: { since: { type: 'string' }, now: { type: 'string' } } });
  const schedule = (await vite.ssrLoadModule(
    '/src/lib/content/publish-schedule.ts',
  )) as typeof import('#src/lib/content/publish-schedule.ts');
  const { CONTENT_DIR } = (await vite.ssrLoadModule('/src/env.ts')) as typeof import('#src/env.ts');
  const now = time('now', values.now) ?? new Date();
  let since = time('since', values.since);
  const recorded = schedule.scheduleFile(CONTENT_DIR);
  if (!since && existsSync(recorded)) since = time('since', (JSON.parse(readFileSync(recorded, 'utf8')) as { builtAt: string }).builtAt);
  const verdict = schedule.rebuildDue(schedule.readReleases(`${CONTENT_DIR}/press`), since, now);
  console.log(`${verdict.due ? 'Rebuild due' : 'No rebuild due'}: ${verdict.reason}`);
  process.exitCode = verdict.due ? EXIT_DUE : EXIT_NOT_DUE;
} catch (error) {
  console.error(`publish:due: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await vite.close();
}
