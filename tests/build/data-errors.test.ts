/**
 * The real build on IMPACT data: bad data (tests/fixtures/bad-data/) fails it naming the file,
 * row and column and leaves the published site alone; a new dataset with a chart declared in
 * content (tests/fixtures/new-dataset/) is drawn and published with no new code.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith, buildWithContent } from '../support/build-with.ts';

const FIXTURES = 'tests/fixtures';

describe('bad IMPACT data fails the build and says where', () => {
  it.each([
    ['percent-over-100.csv', 'row 3, column "partner_pre_pct": Expected a percentage between 0 and 100 (got "150.7").'],
    ['not-a-number.csv', 'row 6, column "client_post_pct": Expected a number (digits, optionally with a decimal point) (got "n/a").'],
    ['missing-column.csv', 'row 1 (the header), column "partner_post_count": the column is missing.'],
  ])(
    '%s',
    (fixture, message) => {
      let file = '';
      const result = buildWithContent((content) => {
        file = join(content, 'datasets', 'impact-appendix-a.csv');
        cpSync(join(FIXTURES, 'bad-data', fixture), file);
      });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`${file}, ${message}`);
      expect(result.output).toContain('Build failed');
      expect(result.published).toBe('the site as last published');
    },
    120_000,
  );

  it('a chart naming a column the dataset does not have', () => {
    const result = buildWith(join(FIXTURES, 'bad-data', 'unknown-chart-column.mdx'), 'impact');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('charts.0.groups.1.after.value: The dataset "impact-appendix-a" has no column "partner_after_pct".');
    expect(result.output).toContain(result.file);
    expect(result.published).toBe('the site as last published');
  }, 120_000);
});

describe('a new dataset and chart need no new code', () => {
  it('is drawn on its own page and published as CSV and JSON', () => {
    const result = buildWithContent(
      (content) => {
        for (const f of ['example-survey.csv', 'example-survey.json'])
          cpSync(join(FIXTURES, 'new-dataset', f), join(content, 'datasets', f));
        cpSync(join(FIXTURES, 'new-dataset', 'example-finding.mdx'), join(content, 'impact', 'example-finding.mdx'));
      },
      [
        'impact/example-survey-chart/index.html',
        'impact/example-finding/index.html',
        'impact/data/example-survey.csv',
        'impact/data/example-survey.json',
      ],
    );
    expect(result.status, result.output).toBe(0);
    const page = result.files['impact/example-survey-chart/index.html']!;
    expect(page).toContain('<title id="example-survey-chart-wide-title">Reports before and after, by area</title>');
    const drawn = [...page.matchAll(/<rect [^>]*data-indicator="([^"]+)"[^>]*data-phase="(\w+)" data-value="([\d.]+)"/g)].map((m) =>
      m.slice(1).join(' '),
    );
    // Each bar twice: the wide and the narrow layout.
    expect(drawn).toEqual(
      [...Array(2)].flatMap(() => [
        'North before 12',
        'North after 4',
        'South before 30',
        'South after 18',
        'East, coast before 7',
        'East, coast after 7',
      ]),
    );
    expect(result.files['impact/example-finding/index.html']).toContain('href="/impact/example-survey-chart/"');
    expect(result.files['impact/data/example-survey.csv']).toBe(readFileSync(join(FIXTURES, 'new-dataset', 'example-survey.csv'), 'utf8'));
    const json = JSON.parse(result.files['impact/data/example-survey.json']!);
    expect(json.rows[2]).toEqual({ area: 'East, coast', year: 2024, before_n: 7, after_n: 7 });
    expect(json.citation).toBe('“Build test fixture”, The test suite. https://example.org/build-test-fixture');
  }, 120_000);
});
