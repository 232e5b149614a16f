/**
 * Runs the real production build on content with one broken file from tests/fixtures/bad-content/
 * and checks what the editor is told, and that the previously published site is left untouched.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildWith } from '../support/build-with.ts';

describe('a broken press release fails the build and says why', () => {
  it.each([
    ['bad-date.mdx', /date: Expected a date written as YYYY-MM-DD/],
    ['missing-summary.mdx', /summary: Expected a summary: one or two sentences/],
    [
      'unknown-campaign.mdx',
      /campaign: Expected the year of an existing campaign edition \(a file in content\/campaigns\/\): one of 2018, 2019, 2021/,
    ],
    [
      'embargo-without-zone.mdx',
      /embargoUntil: Expected a date and time with its zone, e\.g\. 2026-11-25T09:00:00\+01:00 \(the \+01:00 or Z is required\)/,
    ],
    ['embargo-unquoted.mdx', /embargoUntil: Put the date and time in quotes, e\.g\. "2026-11-25T09:00:00\+01:00"/],
    ['embargo-impossible-date.mdx', /embargoUntil: This date and time does not exist in the calendar/],
    [
      'media.mdx',
      /media\.mdx: the file name "media" is taken by a page of the site\. Rename the file; these names are reserved in content\/press\/: index, media, page, rss\./,
    ],
    ['unsupported-body.mdx', /unsupported-body\.mdx:12: <Chart> is not allowed in press bodies, which may use paragraphs/],
  ])(
    '%s',
    (fixture, message) => {
      const result = buildWith(join('tests/fixtures/bad-content', fixture), 'press');
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(message);
      expect(result.output).toContain(result.file);
      expect(result.output).toContain('Build failed');
      expect(result.published).toBe('the site as last published');
    },
    120_000,
  );
});

describe('a voice credited to someone the source does not credit fails the build and says why', () => {
  it('voice-with-author.mdx', () => {
    const result = buildWith(join('tests/fixtures/bad-content', 'voice-with-author.mdx'), 'voices');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/author: A voice has no "author" field: for an interview, name the person interviewed as interviewee/);
    expect(result.output).toContain(result.file);
    expect(result.output).toContain('Build failed');
    expect(result.published).toBe('the site as last published');
  }, 120_000);
});

describe('code written into a page, which the Content-Security-Policy would block, fails the build', () => {
  // Content can no longer write HTML at all: the body check refuses the element before the build
  // renders anything. The check of every built page (src/lib/security/inline-code.ts) stays for templates.
  it('inline-style.mdx', () => {
    const result = buildWith(join('tests/fixtures/bad-content', 'inline-style.mdx'), 'pages');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${result.file}:7: <p> is not allowed in pages bodies, which may use paragraphs`);
    expect(result.output).toContain('Build failed');
    expect(result.published).toBe('the site as last published');
  }, 120_000);
});
