/**
 * The cached second build (Astro's incremental build and the reused search index) must publish
 * exactly what a fresh build would: an edit shows on the page edited, on the pages that show
 * that entry, and in search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TRANSLATED_LOCALES } from '#src/i18n/locales.ts';
import { stripVTControlCharacters } from 'node:util';

const work = mkdtempSync(join(tmpdir(), 'rt-incremental-'));
const content = join(work, 'content');
const dist = join(work, 'dist');

function build() {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, RT_CONTENT_DIR: content, RT_DIST: dist, RT_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const log = stripVTControlCharacters(run.stdout + run.stderr);
  if (run.status !== 0) throw new Error(`build failed:\n${log}`);
  return log;
}
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The text Pagefind stored for each page (its fragments are gzipped JSON after a short header). */
const searchText = () =>
  readdirSync(join(dist, 'pagefind', 'fragment'))
    .map((f) => gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString('utf8'))
    .join('\n');

function edit(file: string, from: string, to: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains "${from}": update this test.`);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(() => cpSync('content', content, { recursive: true }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a second build with the cache', () => {
  it('restores unchanged pages and reuses the search index, and the site is the same', () => {
    build();
    const before = page('myths/mediation');
    const log = build();
    expect(log).toMatch(/myths\/mediation\/index\.html \(restored\)/);
    expect(log).toContain('reused its search index');
    expect(page('myths/mediation')).toBe(before);
  }, 120_000);

  it('shows an edit on its own page, on the pages that show the entry, and in search', () => {
    edit('myths/mediation.mdx', 'Perpetrator programmes are neither mediation', 'Perpetrator programmes are never mediation');
    edit('campaigns/2018.mdx', 'title: "Responsible Together 2018:', 'title: "Responsible Together 2018 (edited):');
    // A translation keeps its English original's slug, so the address changes in every language.
    for (const file of [
      'myths/funding.mdx',
      ...TRANSLATED_LOCALES.map((lang) => `myths/${lang}/funding.mdx`).filter((f) => existsSync(join(content, f))),
    ]) {
      edit(file, 'slug: funding', 'slug: funding-edited');
    }
    const log = build();
    expect(log).not.toContain('reused its search index');
    expect(page('myths/mediation')).toContain('Perpetrator programmes are never mediation');
    // The 2018 release names its campaign edition; the myth after "funding" links to it by address.
    expect(page('press/2018-campaign-launch')).toContain('Responsible Together 2018 (edited)');
    expect(page('campaigns/2018')).toContain('Responsible Together 2018 (edited)');
    const neighbours = readdirSync(join(dist, 'myths'))
      .filter((d) => d !== 'funding-edited' && d !== 'index.html')
      .map((d) => page(`myths/${d}`));
    expect(neighbours.some((html) => html.includes('href="/myths/funding-edited/"'))).toBe(true);
    expect(neighbours.some((html) => html.includes('href="/myths/funding/"'))).toBe(false);
    expect(searchText()).toContain('Perpetrator programmes are never mediation');
    expect(searchText()).not.toContain('Perpetrator programmes are neither mediation');
  }, 120_000);
});
