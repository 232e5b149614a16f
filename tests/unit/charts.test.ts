import { describe, expect, it } from 'vitest';
import { loadDatasets, readDatasetDeclarations } from '#src/lib/impact/datasets.ts';
import { parseCsv } from '#src/lib/impact/csv.ts';
import { chartSchema, type ChartSpec } from '#src/lib/content/schemas.ts';
import { MAX_CHART_ROWS, chartData, chartSpecIssues } from '#src/lib/impact/charts/data.ts';
import { chartMarkup, chartSvg } from '#src/lib/impact/charts/index.ts';
import { linearScale, niceStep, ticks, valueDomain } from '#src/lib/impact/charts/scale.ts';
import { wrapText } from '#src/lib/impact/charts/text.ts';
import { el, renderSvg, textOf, walk, type SvgElement } from '#src/lib/impact/charts/svg.ts';
import { readFileSync } from 'node:fs';

const [appendixA] = loadDatasets('content/datasets');
const csv = parseCsv(readFileSync('content/datasets/impact-appendix-a.csv', 'utf8'));
const declarations = readDatasetDeclarations('content/datasets');

const spec = (kind: ChartSpec['kind']): ChartSpec =>
  chartSchema.parse({
    slug: `test-${kind}`,
    title: 'What the men and their (ex-)partners reported',
    kind,
    dataset: 'impact-appendix-a',
    description: 'Each impact before and after the programme, as each group reported it.',
    label: 'indicator',
    marker: 'significance_marker',
    groups: [
      {
        label: 'Men in the programme',
        short: 'Men',
        before: { value: 'client_pre_pct', count: 'client_pre_count' },
        after: { value: 'client_post_pct', count: 'client_post_count' },
      },
      {
        label: 'Their (ex-)partners',
        short: '(Ex-)partners',
        before: { value: 'partner_pre_pct', count: 'partner_pre_count' },
        after: { value: 'partner_post_pct', count: 'partner_post_count' },
      },
    ],
  });

const COLUMNS: Record<string, Record<'before' | 'after', string>> = {
  Men: { before: 'client_pre_pct', after: 'client_post_pct' },
  '(Ex-)partners': { before: 'partner_pre_pct', after: 'partner_post_pct' },
};

/** The value a mark's position stands for, read off the gridlines drawn for 0% and 100%. */
function valueFromPosition(svg: SvgElement, mark: SvgElement): number {
  const grids = walk(svg).filter((e) => e.attrs.class === 'rt-grid');
  const grid = grids.find((g) => g.attrs['data-series'] === mark.attrs['data-series']) ?? grids[0]!;
  const tickX = (t: string) => Number(walk(grid).find((l) => l.attrs['data-tick'] === t)!.attrs.x1);
  const x0 = tickX('0');
  const x100 = tickX('100');
  const x =
    mark.tag === 'rect'
      ? Number(mark.attrs.x) + Number(mark.attrs.width)
      : Number(/translate\(([-\d.]+) /.exec(String(mark.attrs.transform))![1]);
  return ((x - x0) / (x100 - x0)) * 100;
}

describe('scales and ticks', () => {
  it('maps a domain onto a range in a straight line', () => {
    const x = linearScale([0, 100], [50, 250]);
    expect(x(0)).toBe(50);
    expect(x(81.7)).toBeCloseTo(213.4);
    expect(x(100)).toBe(250);
    expect(() => linearScale([5, 5], [0, 1])).toThrow(/two different values/);
  });
  it('draws percentages on 0–100 and other numbers up to a round maximum', () => {
    expect(valueDomain('percent', [5.6, 81.7])).toEqual([0, 100]);
    expect(valueDomain('number', [72, 133])).toEqual([0, 150]);
    expect(valueDomain('number', [0])).toEqual([0, 1]);
    expect(niceStep(100)).toBe(25);
    expect(ticks([0, 100])).toEqual([0, 25, 50, 75, 100]);
    expect(ticks([0, 150])).toEqual([0, 50, 100, 150]);
  });
});

describe('text without a browser', () => {
  it('wraps long labels into lines that fit', () => {
    const lines = wrapText('(Partner suffered) injuries such as bruises/scratches/minor cuts ***', 220, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('(Partner suffered) injuries such as bruises/scratches/minor cuts ***');
    expect(lines.every((l) => l.length * 14 * 0.52 <= 220 || !l.includes(' '))).toBe(true);
  });
  it('escapes text and attributes', () => {
    expect(renderSvg(el('text', { 'data-indicator': 'a "b" <c>' }, 'x & y < z'))).toBe(
      '<text data-indicator="a &quot;b&quot; &lt;c&gt;">x &amp; y &lt; z</text>',
    );
  });
});

describe('a chart declaration is checked against its dataset', () => {
  it('accepts the Appendix A chart', () => {
    expect(chartSpecIssues(spec('dumbbell'), declarations)).toEqual([]);
  });
  it('names an unknown dataset and lists the ones there are', () => {
    expect(chartSpecIssues({ ...spec('dumbbell'), dataset: 'appendix-b' }, declarations)).toEqual([
      {
        path: ['dataset'],
        message: 'No dataset "appendix-b" in content/datasets/ (a .csv with its .json). Expected one of: impact-appendix-a.',
      },
    ]);
  });
  it('names a column the dataset does not have, and one of the wrong type', () => {
    const s = spec('dumbbell');
    s.groups[1]!.after.value = 'partner_post_percent';
    s.groups[0]!.before.count = 'client_pre_pct';
    const issues = chartSpecIssues(s, declarations);
    expect(issues).toContainEqual({
      path: ['groups', 0, 'before', 'count'],
      message: 'The column "client_pre_pct" holds percent values; expected a count column.',
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: ['groups', 1, 'after', 'value'],
        message: expect.stringMatching(
          /^The dataset "impact-appendix-a" has no column "partner_post_percent"\. Expected a percent, number or count column: client_pre_count, client_pre_pct/,
        ),
      }),
    );
  });
  it('refuses counts and percentages on one axis', () => {
    const s = spec('dumbbell');
    s.groups[0]!.after.value = 'client_post_count';
    expect(chartSpecIssues(s, declarations)).toEqual([
      { path: ['groups'], message: expect.stringMatching(/all percent, all number or all count columns/) },
    ]);
  });
});

describe('the numbers drawn are the numbers in the CSV', () => {
  for (const kind of ['dumbbell', 'grouped-bars'] as const) {
    for (const layout of ['wide', 'narrow'] as const) {
      it(`${kind}, ${layout}: every mark's value and position`, () => {
        const svg = chartSvg(chartData(spec(kind), appendixA!), layout);
        const marks = walk(svg).filter((e) => e.attrs['data-value'] !== undefined);
        expect(marks).toHaveLength(8 * 2 * 2);
        for (const mark of marks) {
          const row = csv.rows.find((r) => r.indicator === mark.attrs['data-indicator'])!;
          const column = COLUMNS[String(mark.attrs['data-series'])]![mark.attrs['data-phase'] as 'before' | 'after'];
          expect(mark.attrs['data-value']).toBe(String(Number(row[column!])));
          expect(valueFromPosition(svg, mark)).toBeCloseTo(Number(row[column!]), 1);
        }
        // The printed values are the CSV's, decimals and all.
        const printed = walk(svg)
          .filter((e) => e.tag === 'text')
          .map(textOf)
          .join(' ');
        expect(printed).toContain('38.0%');
        expect(printed).toContain('81.7%');
        expect(printed).toContain('28.2%');
      });
    }
  }
});

describe('the chart can be read without seeing colour', () => {
  const data = chartData(spec('dumbbell'), appendixA!);
  it('has a text alternative: role="img" named by its <title> and <desc>', () => {
    const markup = chartMarkup(data, 'wide');
    expect(markup).toMatch(/^<svg [^>]*role="img" aria-labelledby="test-dumbbell-wide-title test-dumbbell-wide-desc"/);
    expect(markup).toContain('<title id="test-dumbbell-wide-title">What the men and their (ex-)partners reported</title>');
    expect(markup).toContain(
      '<desc id="test-dumbbell-wide-desc">Each impact before and after the programme, as each group reported it.</desc>',
    );
  });
  it('gives each group its own shape and draws before hollow and after filled', () => {
    const svg = chartSvg(data, 'narrow');
    const shapeOf = (series: string, phase: string) => {
      const mark = walk(svg).find((e) => e.attrs['data-series'] === series && e.attrs['data-phase'] === phase)!;
      return mark.children[0] as SvgElement;
    };
    expect(shapeOf('Men', 'after').tag).toBe('circle');
    expect(shapeOf('(Ex-)partners', 'after').tag).toBe('rect');
    expect(shapeOf('Men', 'before').attrs.class).toContain('rt-before');
    expect(shapeOf('Men', 'before').attrs.fill).toBe('#ffffff');
    expect(shapeOf('Men', 'after').attrs.fill).toBe('#0072B2');
  });
  it("writes each group's name and the key for before and after in the chart", () => {
    const names = { wide: ['Men in the programme', 'Their (ex-)partners'], narrow: ['Men', '(Ex-)partners'] };
    for (const layout of ['wide', 'narrow'] as const) {
      const text = walk(chartSvg(data, layout))
        .filter((e) => e.tag === 'text')
        .map(textOf);
      expect(text).toContain('Before (hollow)');
      expect(text).toContain('After (filled)');
      for (const name of names[layout]) expect(text).toContain(name);
      expect(text.join(' ')).toContain('*, **, ***: marked significant in the source.');
      expect(text.join(' ')).toContain('doi:10.3390/socsci12110613');
    }
  });
  it('names each bar of the grouped bars', () => {
    const text = walk(chartSvg(chartData(spec('grouped-bars'), appendixA!), 'wide'))
      .filter((e) => e.tag === 'text')
      .map(textOf);
    expect(text.filter((t) => t === '(Ex-)partners after')).toHaveLength(8);
  });
});

describe('a chart stays readable', () => {
  it('refuses a dataset with more rows than a chart can draw, naming the chart, the dataset and the limit', () => {
    const row = appendixA!.rows[0]!;
    const long = { ...appendixA!, rows: Array.from({ length: MAX_CHART_ROWS + 1 }, () => row) };
    expect(() => chartData(spec('dumbbell'), long)).toThrow(
      `Chart "test-dumbbell", field dataset: "impact-appendix-a" has ${MAX_CHART_ROWS + 1} rows; a chart may draw at most ${MAX_CHART_ROWS}`,
    );
    const atLimit = { ...appendixA!, rows: Array.from({ length: MAX_CHART_ROWS }, () => row) };
    expect(chartData(spec('dumbbell'), atLimit).rows).toHaveLength(MAX_CHART_ROWS);
  });
});
