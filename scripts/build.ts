/**
 * The production build: Astro renders into a staging folder, Pagefind indexes it, and only a
 * build that finished without error replaces dist/. A broken content file therefore never
 * leaves a half-built site where a deploy would pick it up.
 *
 * A build "as of" another moment (BUILD_TIME, which must carry its zone) may show releases whose
 * embargo has not lifted: it goes to the preview folder (preview/, or RT_PREVIEW_DIR), never to
 * dist/, the folder that gets deployed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeProblem } from '#src/lib/content/build-time.ts';
import { ENV, TARGET_DIR } from '#src/env.ts';

const asOf = ENV.BUILD_TIME;
if (asOf !== undefined) {
  const problem = buildTimeProblem(asOf);
  if (problem) {
    console.error(`${problem}\nBuild failed: nothing was built.`);
    process.exit(1);
  }
}
const target = TARGET_DIR;
const staging = join('.build', `dist-${process.pid}`);
const astroBin = join('node_modules', 'astro', 'bin', 'astro.mjs');

mkdirSync('.build', { recursive: true });
const result = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RT_OUT_DIR: staging },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${target}/ was left as it was. Fix the error above and build again.`);
  process.exit(result.status ?? 1);
}

const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(
  asOf !== undefined
    ? `Preview of the site as of ${asOf} ready in ${target}/ (not in dist/: never deploy it).`
    : `Built site ready in ${target}/`,
);
