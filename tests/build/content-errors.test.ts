/**
 * Runs the real production build on content with one broken file from tests/fixtures/bad-content/
 * and checks what the editor is told, and that the previously published site is left untouched.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function buildWith(fixture: string) {
  const work = mkdtempSync(join(tmpdir(), 'rt-bad-content-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  cpSync(join('tests/fixtures/bad-content', fixture), join(content, 'press', fixture));
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the site as last published');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, RT_CONTENT_DIR: content, RT_DIST: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const published = readFileSync(join(dist, 'index.html'), 'utf8');
  rmSync(work, { recursive: true, force: true });
  // Strip terminal colours so the message is read as an editor reads it.
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, published, file: join(content, 'press', fixture) };
}

describe('a broken press release fails the build and says why', () => {
  it.each([
    ['bad-date.mdx', /date: Expected a date written as YYYY-MM-DD/],
    ['missing-location.mdx', /location: Expected the location for the dateline/],
    ['unknown-campaign.mdx', /campaign: Expected the year of an existing campaign edition \(a file in content\/campaigns\/\): one of 2018, 2019, 2021/],
  ])('%s', (fixture, message) => {
    const result = buildWith(fixture);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.output).toContain(result.file);
    expect(result.output).toContain('Build failed');
    expect(result.published).toBe('the site as last published');
  }, 120_000);
});

describe('code written into a page, which the Content-Security-Policy would block, fails the build', () => {
  it('inline-style.mdx', () => {
    const result = buildWith('inline-style.mdx');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The Content-Security-Policy (src/lib/security-headers.ts) would block code written into these pages:');
    expect(result.output).toContain('press/inline-style/index.html: a style="color: red" attribute on <p>');
    expect(result.output).toContain('Build failed');
    expect(result.published).toBe('the site as last published');
  }, 120_000);
});
