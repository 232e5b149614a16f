/**
 * The production build: Astro renders into a staging folder, Pagefind indexes it, and only a
 * build that finished without error replaces dist/. A broken content file therefore never
 * leaves a half-built site where a deploy would pick it up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const target = process.env.RT_DIST ?? 'dist';
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
console.log(`Built site ready in ${target}/`);
