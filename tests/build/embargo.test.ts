/**
 * Builds the real site with two extra releases, one under embargo and one draft, and reads every
 * file the build publishes: pages, feed, sitemap, PDFs (as text), plain-text files and the
 * compressed search index. Before the embargo lifts neither release may appear anywhere; from the
 * second it lifts the embargoed one appears everywhere a release belongs, and the draft still
 * nowhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildWithContent } from '../support/build-with.ts';

const FIXTURES = ['tests/fixtures/embargo/embargoed-fixture-release.mdx', 'tests/fixtures/embargo/draft-fixture-release.mdx'];
/** Words of the embargoed release: its title, body, quote, contact and file name. */
const EMBARGOED = ['Quillfeather', 'Zephyrine', 'embargoed-fixture-release'];
/** Words of the draft. */
const DRAFT = ['Marrowlight', 'Brackenvale', 'draft-fixture-release'];
/** The embargo lifts at 2031-11-25T09:00:00+01:00. */
const SECOND_BEFORE = '2031-11-25T07:59:59Z';
const SECOND_OF = '2031-11-25T08:00:00Z';

/** Every published file as text a search can read: PDFs through pdftotext, gzip (Pagefind) unpacked. */
function publishedText(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const file = join(dist, path);
    if (!statSync(file).isFile()) continue;
    let bytes = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (file.endsWith('.pdf')) {
      const pdf = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      if (pdf.status !== 0) throw new Error(`pdftotext could not read ${path}: ${pdf.stderr}`);
      files.set(path, pdf.stdout);
    } else {
      files.set(path, bytes.toString('utf8'));
    }
  }
  return files;
}

/** The published files that contain a word, ignoring case. */
function filesMentioning(files: Map<string, string>, word: string): string[] {
  const needle = word.toLowerCase();
  return [...files]
    .filter(([, text]) => text.toLowerCase().includes(needle))
    .map(([path]) => path)
    .sort();
}

/** Every published file's text, for a build of the site with the fixtures as of `buildTime`. */
function buildAsOf(buildTime: string): Map<string, string> {
  let files = new Map<string, string>();
  const result = buildWithContent(
    (content) => FIXTURES.forEach((fixture) => cpSync(fixture, join(content, 'press', basename(fixture)))),
    [],
    { env: { BUILD_TIME: buildTime }, inspect: (dist) => (files = publishedText(dist)) },
  );
  if (result.status !== 0) throw new Error(`The build failed:\n${result.output}`);
  return files;
}

describe('embargoed and draft releases', () => {
  let beforeFiles: Map<string, string>;
  let liftedFiles: Map<string, string>;

  beforeAll(() => {
    beforeFiles = buildAsOf(SECOND_BEFORE);
    liftedFiles = buildAsOf(SECOND_OF);
  }, 180_000);

  it('searches a complete site, including PDFs and the unpacked search index', () => {
    const paths = [...beforeFiles.keys()];
    expect(paths).toContain('press/2018-campaign-launch.pdf');
    expect(paths.some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
    expect(filesMentioning(beforeFiles, 'more men need to be able to recognize their violent behaviour')).toEqual(
      expect.arrayContaining(['press/2018-campaign-launch.pdf', 'press/2018-campaign-launch.txt', 'press/rss.xml']),
    );
    expect(filesMentioning(beforeFiles, 'Official launch of the WWP EN').some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('publishes nothing of either release a second before the embargo lifts', () => {
    for (const word of [...EMBARGOED, ...DRAFT]) expect(filesMentioning(beforeFiles, word), word).toEqual([]);
  });

  it('publishes the embargoed release everywhere from the second the embargo lifts', () => {
    const files = filesMentioning(liftedFiles, 'Quillfeather');
    for (const expected of [
      'press/embargoed-fixture-release/index.html',
      'press/embargoed-fixture-release.pdf',
      'press/embargoed-fixture-release.txt',
      'press/index.html',
      'press/media/index.html',
      'press/rss.xml',
      'campaigns/2024/index.html',
      'index.html',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((p) => p.startsWith('pagefind/fragment/'))).toBe(true);
    expect(filesMentioning(liftedFiles, 'embargoed-fixture-release')).toContain('sitemap-0.xml');
    expect(filesMentioning(liftedFiles, 'Zephyrine words that nobody may read')).toEqual(
      expect.arrayContaining(['press/embargoed-fixture-release.pdf', 'press/embargoed-fixture-release.txt', 'press/rss.xml']),
    );
  });

  it('never publishes the draft, even after the embargo', () => {
    for (const word of DRAFT) expect(filesMentioning(liftedFiles, word), word).toEqual([]);
  });

  it('leaves the content store out of the published site', () => {
    // The content cache is data-store.json in a .astro/ folder (script files are named "X.astro_astro_type_script…").
    expect([...liftedFiles.keys()].filter((p) => /data-store|(^|\/)\.astro\//.test(p))).toEqual([]);
  });
});
