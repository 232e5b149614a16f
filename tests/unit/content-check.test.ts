import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, reservedNames } from '#src/lib/content/check.ts';
import { campaignAddressProblems, mythAddressProblems, translationProblems } from '#src/lib/content/addresses.ts';

const ENTRY = '---\ntitle: An entry\n---\n\nSome words.\n';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder holding the given files (path → text or bytes). */
function contentWith(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), 'rt-content-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('every content file is checked before the build loads it', () => {
  it('accepts the real content, and finds its links to this site', () => {
    const report = checkContent('content');
    expect(report.problems).toEqual([]);
    expect(report.links).toContainEqual({ file: 'content/campaigns/2021.mdx', line: 42, href: '/voices/respect-2021/' });
  });

  it.each(['My Release.mdx', 'Launch.mdx', 'über.mdx', 'a_b.mdx', 'a--b.mdx'])('refuses the file name %j, suggesting a slug', (name) => {
    const report = checkContent(contentWith({ [`press/${name}`]: ENTRY }));
    expect(report.problems).toEqual([
      expect.stringContaining(`press/${name}: a file name is part of an address: use only lowercase letters, digits and hyphens`),
    ]);
  });

  it('refuses reserved names, listing them, in every collection', () => {
    const report = checkContent(
      contentWith({
        'press/media.mdx': ENTRY,
        'pages/myths.mdx': ENTRY,
        'pages/de/search.mdx': ENTRY,
        'pages/de.mdx': ENTRY,
        'impact/data.mdx': ENTRY,
      }),
    );
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'press/media.mdx: the file name "media" is taken by a page of the site. Rename the file; these names are reserved in content/press/: index, media, page, rss.',
        ),
        expect.stringMatching(
          /pages\/myths\.mdx: the file name "myths" is taken .* reserved in content\/pages\/: .*campaigns.*myths.*press/,
        ),
        expect.stringMatching(/pages\/de\/search\.mdx: the file name "search" is taken .* reserved in content\/pages\/de\/: /),
        expect.stringMatching(/pages\/de\.mdx: the file name "de" is taken/),
        expect.stringMatching(/impact\/data\.mdx: the file name "data" is taken/),
      ]),
    );
    expect(report.problems).toHaveLength(5);
  });

  it('reads reserved names from the routes, so a new page reserves its name', () => {
    expect(reservedNames('src/pages', 'press')).toEqual(['index', 'media', 'page', 'rss']);
    expect(reservedNames('src/pages', '.')).toEqual(
      expect.arrayContaining(['toolkit', 'search', 'press', 'de', 'pl', 'pagefind', '_astro', '404']),
    );
  });

  it('refuses two files for one address, naming both', () => {
    const report = checkContent(contentWith({ 'voices/talk.md': ENTRY, 'voices/talk.mdx': ENTRY }));
    expect(report.problems).toContainEqual(expect.stringMatching(/voices\/talk\.mdx and .*voices\/talk\.md would have the same address/));
  });

  it('refuses folders that are not a translation, and campaign files not named by year', () => {
    const report = checkContent(contentWith({ 'press/2024/launch.mdx': ENTRY, 'myths/xx/risk.mdx': ENTRY, 'campaigns/latest.mdx': ENTRY }));
    expect(report.problems).toHaveLength(3);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/campaigns\/latest\.mdx: a campaign edition's file name is its year, e.g\. 2024\.mdx\./),
        expect.stringMatching(
          /myths\/xx\/risk\.mdx: folders in content\/myths\/ are for translations and are named after their language \(de, fr, it, es, pl\)/,
        ),
        expect.stringMatching(/press\/2024\/launch\.mdx: content\/press\/ has no folders/),
      ]),
    );
  });

  it('names the line of a byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(ENTRY), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const report = checkContent(contentWith({ 'voices/cafe.mdx': bytes, 'datasets/cafe.csv': Buffer.from([0x61, 0x0a, 0xff, 0x0a]) }));
    expect(report.problems).toEqual([
      expect.stringMatching(/voices\/cafe\.mdx:6: this file is not UTF-8 text .* save it again as UTF-8/),
      expect.stringMatching(/datasets\/cafe\.csv:2: this file is not UTF-8 text/),
    ]);
  });

  it('stops bodies and datasets over their limits, naming the entry and the limit', () => {
    const report = checkContent(
      contentWith({
        'voices/long.mdx': `${ENTRY}${'Words and more words. '.repeat(5000)}\n`,
        'datasets/huge.csv': `a,b\n${'1,2\n'.repeat(100_000)}`,
      }),
    );
    expect(report.problems).toHaveLength(2);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/datasets\/huge\.csv: the dataset has 100,000 rows; the limit is 2,000/),
        expect.stringMatching(/voices\/long\.mdx: the body is 110,\d{3} characters long; the limit is 100,000/),
      ]),
    );
  });
});

const entry = (id: string, data: Record<string, unknown>) => ({ id, filePath: `content/x/${id}.mdx`, data });

describe('one address, one entry', () => {
  it('refuses two myths of one language with one slug, naming both files', () => {
    const problems = mythAddressProblems([
      entry('a', { slug: 'risk', lang: 'en' }),
      entry('b', { slug: 'risk', lang: 'en' }),
      entry('de/a', { slug: 'risk', lang: 'de' }),
    ]);
    expect(problems).toEqual([expect.stringMatching(/content\/x\/b\.mdx and .*content\/x\/a\.mdx both have the slug "risk"/)]);
  });
  it('refuses a translation with a slug of its own, or without an English original', () => {
    expect(mythAddressProblems([entry('a', { slug: 'risk' }), entry('de/a', { slug: 'risiko', lang: 'de' })])).toEqual([
      expect.stringMatching(
        /de\/a\.mdx: field "slug" is "risiko" but the English original .* has "risk": a translation keeps the English slug/,
      ),
    ]);
    expect(translationProblems([entry('fr/b', {})])).toEqual([
      expect.stringMatching(/fr\/b\.mdx: a translation needs its English original/),
    ]);
  });
  it('refuses a reserved myth slug', () => {
    expect(mythAddressProblems([entry('a', { slug: 'index' })])).toEqual([expect.stringMatching(/field "slug": "index" is reserved/)]);
  });
  it('refuses a campaign whose year is not its file name', () => {
    expect(campaignAddressProblems([entry('2023', { year: 2023 }), entry('2024', { year: 2025 })])).toEqual([
      expect.stringMatching(
        /2024\.mdx: field "year" is 2025 but the file is named 2024\.mdx.*Rename the file to 2025\.mdx or correct the year/,
      ),
    ]);
  });
});
