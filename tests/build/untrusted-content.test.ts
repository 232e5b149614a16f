/**
 * Content is untrusted input. Each fixture in tests/fixtures/untrusted/ is one class of hostile or
 * mistaken content, put into a copy of content/ and run through the real build (scripts/build.ts).
 * The build must stop with a message naming the file (and field or line) and what to do, and the
 * site as last published must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildWithContent, type BuildResult } from '../support/build-with.ts';

const FIXTURES = 'tests/fixtures/untrusted';

/** Build with fixtures copied into content/ (destination → fixture), or files written by `extra`. */
function buildWithFiles(files: Record<string, string>, extra?: (content: string) => void): BuildResult & { paths: Record<string, string> } {
  const paths: Record<string, string> = {};
  const result = buildWithContent((content) => {
    for (const [destination, fixture] of Object.entries(files)) {
      paths[destination] = join(content, destination);
      mkdirSync(dirname(paths[destination]!), { recursive: true });
      cpSync(join(FIXTURES, fixture), paths[destination]!);
    }
    extra?.(content);
  });
  return { ...result, paths };
}

/** The build failed, said `messages` about `file`, and left the published site alone. */
function expectRefused(result: BuildResult, file: string, ...messages: (string | RegExp)[]) {
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(file);
  for (const message of messages) {
    if (typeof message === 'string') expect(result.output).toContain(message);
    else expect(result.output).toMatch(message);
  }
  expect(result.output).toContain('Build failed');
  expect(result.published).toBe('the site as last published');
}

describe('bodies are text, not code', () => {
  it('an expression in a myth fails naming the file and line, and never runs', () => {
    const result = buildWithFiles({ 'myths/fixture-expression.mdx': 'code/myth-expression.mdx' });
    const file = result.paths['myths/fixture-expression.mdx']!;
    expectRefused(
      result,
      file,
      `${file}:13: text in braces { } is code in MDX, which bodies may not contain. To show a brace, write \\{ and \\}`,
    );
    expect(result.output).not.toContain(process.env.HOME ?? '/root');
  }, 120_000);

  it('an export in a campaign fails naming the line (a comment may stay)', () => {
    const result = buildWithFiles({ 'campaigns/2031.mdx': 'code/campaign-export.mdx' });
    const file = result.paths['campaigns/2031.mdx']!;
    expectRefused(result, file, `${file}:12: import and export are code, which bodies may not contain: remove this line`);
    expect(result.output).not.toContain(`${file}:10:`);
  }, 120_000);

  it('code in a component attribute fails', () => {
    const result = buildWithFiles({ 'voices/fixture-code.mdx': 'code/voice-attribute-code.mdx' });
    const file = result.paths['voices/fixture-code.mdx']!;
    expectRefused(result, file, `${file}:12: <Quote by> must be written as text in quotes, e.g. by="…": braces are code.`);
  }, 120_000);
});

describe('no foreign markup', () => {
  it('a raw HTML element fails naming file, line and element, and what the collection accepts', () => {
    const result = buildWithFiles({ 'pages/fixture-html.mdx': 'markup/page-raw-html.mdx' });
    const file = result.paths['pages/fixture-html.mdx']!;
    expectRefused(
      result,
      file,
      `${file}:10: <object> is not allowed in pages bodies, which may use paragraphs, headings (##), lists, links`,
    );
  }, 120_000);

  it('a component nobody declared fails, inside a sentence too', () => {
    const result = buildWithFiles({ 'impact/fixture-component.mdx': 'markup/impact-unknown-component.mdx' });
    const file = result.paths['impact/fixture-component.mdx']!;
    expectRefused(result, file, `${file}:11: <Counter> is not allowed in impact bodies`);
  }, 120_000);
});

describe('links are checked where they are written', () => {
  it('a source address hiding a script behind an invisible character fails naming the field and the code point', () => {
    const result = buildWithFiles({ 'voices/fixture-source.mdx': 'addresses/source-hidden-scheme.mdx' });
    const file = result.paths['voices/fixture-source.mdx']!;
    expectRefused(
      result,
      file,
      /sources\.0\.url: The address contains an invisible or control character \(U\+2060\) at character 1: delete the address and type it again\./,
    );
  }, 120_000);

  it('a body link to a data: address fails naming the line and the schemes allowed', () => {
    const result = buildWithFiles({ 'pages/fixture-data.mdx': 'addresses/body-link-data.mdx' });
    const file = result.paths['pages/fixture-data.mdx']!;
    expectRefused(
      result,
      file,
      `${file}:10: Link: Expected an address starting with https://, http:// or mailto:, or a path on this site such as /myths/ (got an address starting with "data:").`,
    );
  }, 120_000);

  it('a body link with a right-to-left override fails naming U+202E', () => {
    const result = buildWithFiles({ 'pages/fixture-bidi.mdx': 'addresses/body-link-bidi.mdx' });
    const file = result.paths['pages/fixture-bidi.mdx']!;
    expectRefused(result, file, `${file}:10: Link: The address contains an invisible or control character (U+202E)`);
  }, 120_000);

  it("links to a draft, an embargoed release and a missing page fail naming file and line, never the target's title", () => {
    const result = buildWithFiles({
      'press/draft-fixture-release.mdx': '../embargo/draft-fixture-release.mdx',
      'press/embargoed-fixture-release.mdx': '../embargo/embargoed-fixture-release.mdx',
      'pages/fixture-links.mdx': 'unpublished/links-to-unpublished.mdx',
    });
    const file = result.paths['pages/fixture-links.mdx']!;
    expectRefused(
      result,
      file,
      'Links to pages this build does not publish (3): a page that does not exist, a draft or an embargoed release. Link only to published pages, or remove the link until the page is published:',
      `${file}:8: /press/draft-fixture-release/`,
      `${file}:10: /press/embargoed-fixture-release.pdf`,
      `${file}:12: /myths/nowhere/`,
    );
    for (const word of ['Marrowlight', 'Quillfeather', 'Brackenvale', 'Zephyrine']) expect(result.output).not.toContain(word);
  }, 240_000);

  it('links to published pages, files and sections of pages build; the feed prints a summary as words, not markup', () => {
    const result = buildWithContent(
      (content) => {
        cpSync(join(FIXTURES, 'unpublished/links-to-published.mdx'), join(content, 'pages', 'fixture-published-links.mdx'));
        cpSync(join(FIXTURES, 'messages/summary-with-markup.mdx'), join(content, 'press', 'fixture-summary.mdx'));
      },
      ['fixture-published-links/index.html', 'press/rss.xml'],
    );
    expect(result.status, result.output).toBe(0);
    expect(result.files['fixture-published-links/index.html']).toContain('href="/press/2018-campaign-launch.pdf#page=1"');
    // Escaped twice, as content:encoded is: once for the HTML a feed reader renders, once for XML.
    expect(result.files['press/rss.xml']).toContain(
      '<description>A fixture release: programmes &amp;lt;img src=x&amp;gt; work &amp;amp; help, as the words &amp;lt;b&amp;gt;say&amp;lt;/b&amp;gt;.</description>',
    );
  }, 240_000);
});

describe('one address, one entry', () => {
  it.each([
    [
      'myths/fixture-same-slug.mdx',
      'collisions/myth-same-slug.mdx',
      /myths\/mediation\.mdx and \S*myths\/fixture-same-slug\.mdx both have the slug "mediation", so they would share one address: give one of them another slug\./,
    ],
    [
      'campaigns/2030.mdx',
      'collisions/campaign-year-differs.mdx',
      /2030\.mdx: field "year" is 2029 but the file is named 2030\.mdx: a campaign's file name is its year\. Rename the file to 2029\.mdx or correct the year\./,
    ],
    [
      'press/rss.mdx',
      'collisions/reserved-name.mdx',
      /rss\.mdx: the file name "rss" is taken by a page of the site\. Rename the file; these names are reserved in content\/press\/: index, media, page, rss\./,
    ],
    [
      'pages/voices.mdx',
      'collisions/page-named-like-section.mdx',
      /voices\.mdx: the file name "voices" is taken by a page of the site\. Rename the file; these names are reserved in content\/pages\/: 404, _astro, admin, campaigns, de, en, es, fr, impact, index, it, myths, pagefind, pl, press, robots, search, toolkit, voices\./,
    ],
    [
      'pages/Safety Plan.mdx',
      'collisions/page-named-like-section.mdx',
      /Safety Plan\.mdx: a file name is part of an address: use only lowercase letters, digits and hyphens, e\.g\. "safety-plan\.mdx"\./,
    ],
    [
      'myths/fr/funding.mdx',
      'collisions/translation-own-slug.mdx',
      /fr\/funding\.mdx: field "slug" is "financement" but the English original \(\S*myths\/funding\.mdx\) has "funding": a translation keeps the English slug/,
    ],
  ])(
    '%s fails naming the files',
    (destination, fixture, message) => {
      const result = buildWithFiles({ [destination]: fixture });
      expectRefused(result, result.paths[destination]!, message);
    },
    120_000,
  );

  it('two files for one address fail naming both', () => {
    const result = buildWithFiles({
      'voices/fixture-twice.md': 'collisions/page-named-like-section.mdx',
      'voices/fixture-twice.mdx': 'collisions/page-named-like-section.mdx',
    });
    expectRefused(
      result,
      result.paths['voices/fixture-twice.mdx']!,
      /fixture-twice\.mdx and \S*fixture-twice\.md would have the same address: rename or remove one of them\./,
    );
  }, 120_000);
});

describe('every letter printed', () => {
  it.each([
    ['press/fixture-chinese.mdx', 'letters/release-in-chinese.mdx', 'title'],
    ['press/fixture-hebrew.mdx', 'letters/release-hebrew-body.mdx', 'body'],
  ])(
    '%s: the PDF fails naming the file and field',
    (destination, fixture, field) => {
      const result = buildWithFiles({ [destination]: fixture });
      expectRefused(
        result,
        result.paths[destination]!,
        `field "${field}" has letters the PDF's typeface (Inter: Latin, Latin Extended, Greek and Cyrillic) cannot print`,
      );
    },
    240_000,
  );
});

describe('limits with clear words', () => {
  it('a multi-megabyte body stops naming the entry and the limit', () => {
    let file = '';
    const result = buildWithFiles({}, (content) => {
      file = join(content, 'voices', 'fixture-long.mdx');
      writeFileSync(
        file,
        readFileSync(join(FIXTURES, 'limits/long-body-head.mdx'), 'utf8') + 'A sentence that repeats.\n\n'.repeat(120_000),
      );
    });
    expectRefused(
      result,
      file,
      /fixture-long\.mdx: the body is 3,120,001 characters long; the limit is 100,000 \(a page, PDF or feed longer than that is unusable\)\. Shorten it or split it into several entries\./,
    );
  }, 120_000);

  it('a 100,000-row dataset stops naming the file and the limit', () => {
    let file = '';
    const result = buildWithFiles({ 'datasets/fixture-rows.json': 'limits/many-rows.json' }, (content) => {
      file = join(content, 'datasets', 'fixture-rows.csv');
      const rows = Array.from({ length: 100_000 }, (_, i) => `row ${i},${i}`).join('\n');
      writeFileSync(file, readFileSync(join(FIXTURES, 'limits/many-rows-head.csv'), 'utf8') + rows + '\n');
    });
    expectRefused(result, file, /fixture-rows\.csv: the dataset has 100,000 rows; the limit is 2,000/);
  }, 120_000);
});

describe('error messages say what to do', () => {
  it('a file saved as Latin-1 names the line and the cause', () => {
    const result = buildWithFiles({ 'pages/fixture-latin.mdx': 'messages/latin-1.mdx' });
    const file = result.paths['pages/fixture-latin.mdx']!;
    expectRefused(
      result,
      file,
      `${file}:8: this file is not UTF-8 text (it was probably saved as Latin-1 or Windows-1252): save it again as UTF-8.`,
    );
  }, 120_000);

  it('a year out of range gives the range', () => {
    const result = buildWithFiles({ 'campaigns/1899.mdx': 'messages/year-out-of-range.mdx' });
    expectRefused(result, result.paths['campaigns/1899.mdx']!, 'year: Expected the year of the edition between 2000 and 2100.');
  }, 120_000);
});
