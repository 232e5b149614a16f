/**
 * Nothing unpublished leaves the dev server: whether drafts and embargoed releases show is decided
 * by the command (only `astro dev`), never by a mode or a flag a build can be given; a build "as
 * of" another moment goes to the preview folder, never to dist/, and needs a time with a zone.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildWithContent } from '../support/build-with.ts';

const FIXTURES = ['tests/fixtures/embargo/embargoed-fixture-release.mdx', 'tests/fixtures/embargo/draft-fixture-release.mdx'];
const UNPUBLISHED_WORDS = ['Quillfeather', 'Zephyrine', 'embargoed-fixture-release', 'Marrowlight', 'Brackenvale', 'draft-fixture-release'];
const withFixtures = (content: string) => FIXTURES.forEach((f) => cpSync(f, join(content, 'press', basename(f))));

/** Every text file the build wrote (pages, feed, sitemap, text downloads), by path. */
function textFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|xml|txt|json)$/.test(path) && statSync(join(dir, path)).isFile()) files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

describe('nothing unpublished leaves the dev server', () => {
  it('a build with --mode development publishes no draft and no embargoed release', () => {
    let files = new Map<string, string>();
    const result = buildWithContent(withFixtures, [], { args: ['--mode', 'development'], inspect: (dist) => (files = textFiles(dist)) });
    expect(result.status, result.output).toBe(0);
    expect(files.get('press/index.html')).toContain('2018-campaign-launch');
    for (const word of UNPUBLISHED_WORDS) {
      expect(
        [...files].filter(([, text]) => text.includes(word)).map(([path]) => path),
        word,
      ).toEqual([]);
    }
  }, 240_000);

  it('a build as of another moment goes to the preview folder and leaves dist/ as it was', () => {
    let files = new Map<string, string>();
    const result = buildWithContent(withFixtures, [], {
      env: { BUILD_TIME: '2031-11-25T09:00:00+01:00' },
      inspect: (preview) => (files = textFiles(preview)),
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Preview of the site as of 2031-11-25T09:00:00+01:00 ready in');
    expect(result.output).toContain('(not in dist/: never deploy it)');
    expect(result.published).toBe('the site as last published');
    expect(result.previewWritten).toBe(true);
    expect(files.get('press/index.html')).toContain('Quillfeather');
  }, 240_000);

  it.each(['2031-11-25T09:00:00', '2031-11-25'])(
    'BUILD_TIME=%s without a zone fails before building, saying how to write it',
    (value) => {
      const result = buildWithContent(() => {}, [], { env: { BUILD_TIME: value } });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        `BUILD_TIME="${value}" is not a date and time with its zone; write it as ISO 8601 with Z or an offset, e.g. BUILD_TIME=2026-11-25T09:00:00+01:00.`,
      );
      expect(result.published).toBe('the site as last published');
      expect(result.previewWritten).toBe(false);
    },
    60_000,
  );
});
