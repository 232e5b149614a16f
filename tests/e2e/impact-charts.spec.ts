/**
 * The IMPACT chart as a visitor meets it: the numbers drawn (read back from the SVG's marks and
 * from where they sit on the axis) and the table equal the CSV; it has a text alternative, fits
 * 320 px, follows dark mode and print, needs no JavaScript; the downloads equal the source.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parseCsv } from '#src/lib/impact/csv.ts';
import { pngSize } from '../support/png.ts';
import { sitemapPaths } from '../support/site.ts';

const SOURCE = readFileSync('content/datasets/impact-appendix-a.csv');
const csv = parseCsv(SOURCE.toString('utf8'));
const CHART_PAGE = '/impact/partner-reports-2023-chart/';
const FINDING_PAGE = '/impact/partner-reports-2023/';
const TITLE = 'What the men and their (ex-)partners reported, before and after the programme';
const COLUMNS: Record<string, Record<string, string>> = {
  Men: { before: 'client_pre', after: 'client_post' },
  '(Ex-)partners': { before: 'partner_pre', after: 'partner_post' },
};

interface ReadMark {
  indicator: string;
  series: string;
  phase: string;
  dataValue: number;
  /** The value where the mark is drawn, measured against the 0% and 100% gridlines on screen. */
  drawnValue: number;
}

/** Every mark of a visible chart, with the value its position on screen stands for. */
async function readMarks(svg: Locator): Promise<ReadMark[]> {
  return svg.evaluate((root) => {
    const centreX = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    return [...root.querySelectorAll('[data-value]')].map((mark) => {
      const series = mark.getAttribute('data-series')!;
      const grids = [...root.querySelectorAll('.rt-grid')];
      const grid = grids.find((g) => g.getAttribute('data-series') === series) ?? grids[0]!;
      const x0 = centreX(grid.querySelector('[data-tick="0"]')!);
      const x100 = centreX(grid.querySelector('[data-tick="100"]')!);
      const box = mark.getBoundingClientRect();
      // A dumbbell mark is centred on its value; a bar ends at it.
      const x = mark.tagName === 'rect' ? box.right - 0.75 : box.left + box.width / 2;
      return {
        indicator: mark.getAttribute('data-indicator')!,
        series,
        phase: mark.getAttribute('data-phase')!,
        dataValue: Number(mark.getAttribute('data-value')),
        drawnValue: ((x - x0) / (x100 - x0)) * 100,
      };
    });
  });
}

function expectMarksEqualCsv(marks: ReadMark[]) {
  expect(marks).toHaveLength(csv.rows.length * 4);
  for (const mark of marks) {
    const row = csv.rows.find((r) => r.indicator === mark.indicator);
    expect(row, `a row for "${mark.indicator}"`).toBeDefined();
    const expected = Number(row![`${COLUMNS[mark.series]![mark.phase]}_pct`]);
    expect(mark.dataValue).toBe(expected);
    expect(mark.drawnValue, `${mark.indicator}, ${mark.series} ${mark.phase}`).toBeCloseTo(expected, 0);
  }
}

const visibleChart = (page: Page) => page.getByRole('img', { name: TITLE });

test('the chart page draws exactly the CSV numbers, with a text alternative, the table and the source', async ({ page }) => {
  await page.goto(CHART_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const chart = visibleChart(page);
  await expect(chart).toHaveCount(1);
  await expect(chart).toHaveAttribute('data-layout', 'wide');
  // Its accessible name is its <title> and <desc>: what it shows, in words.
  await expect(chart).toHaveAccessibleName(
    /^What the men and their \(ex-\)partners reported.*much less often after the programme.*81\.7% before, 28\.2% after/,
  );
  expectMarksEqualCsv(await readMarks(chart));

  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(csv.rows.length);
  for (const [i, r] of csv.rows.entries()) {
    await expect(rows.nth(i).locator('th')).toContainText(r.indicator!);
    await expect(rows.nth(i).locator('td')).toHaveText([
      `${r.client_pre_pct}% (${r.client_pre_count})`,
      `${r.client_post_pct}% (${r.client_post_count})`,
      `${r.partner_pre_pct}% (${r.partner_pre_count})`,
      `${r.partner_post_pct}% (${r.partner_post_count})`,
    ]);
  }
  await expect(page.getByRole('columnheader', { name: 'Their (ex-)partners' })).toBeVisible();
  await expect(rows.first().locator('th')).toContainText('*** (marked significant in the source)');

  const figure = page.locator('figure[data-chart-figure]');
  await expect(figure).toContainText(
    'Measuring the Outcome of Perpetrator Programmes through a Contextualised and Victim-Centred Approach: The Impact Project',
  );
  await expect(figure).toContainText('Social Sciences');
  await expect(figure.getByRole('link', { name: 'doi:10.3390/socsci12110613' })).toHaveAttribute(
    'href',
    'https://doi.org/10.3390/socsci12110613',
  );
  await expect(figure.getByRole('link', { name: 'impact-appendix-a.csv' })).toHaveAttribute('href', '/impact/data/impact-appendix-a.csv');
  await expect(figure.getByRole('link', { name: 'impact-appendix-a.json' })).toHaveAttribute('href', '/impact/data/impact-appendix-a.json');
  await expect(figure).not.toContainText(/\b(n|N) ?= ?\d/);
  await page.getByRole('link', { name: '(Ex-)partners reported harm less often after the programme' }).click();
  await expect(page).toHaveURL(FINDING_PAGE);
});

test("the finding shows its chart and links to the chart's own page; the IMPACT page shows it too", async ({ page }) => {
  for (const path of [FINDING_PAGE, '/impact/']) {
    await page.goto(path);
    expectMarksEqualCsv(await readMarks(visibleChart(page)));
    await expect(page.getByRole('link', { name: 'This chart on its own page, to link to and share' })).toHaveAttribute('href', CHART_PAGE);
  }
});

test('at 320 px wide the narrow layout is shown, readable and within the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(CHART_PAGE);
  const chart = visibleChart(page);
  await expect(chart).toHaveCount(1);
  await expect(chart).toHaveAttribute('data-layout', 'narrow');
  expectMarksEqualCsv(await readMarks(chart));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The smallest text in the chart (values, the key) still renders at 11 px or more.
  const smallest = await chart.evaluate((svg) =>
    Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)),
  );
  expect(smallest).toBeGreaterThanOrEqual(11);
});

test('the chart needs no JavaScript: none is sent for it and it shows with scripts off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHART_PAGE);
  expectMarksEqualCsv(await readMarks(visibleChart(page)));
  await expect(page.locator('figure[data-chart-figure] script')).toHaveCount(0);
  await context.close();
});

test('dark mode and print keep groups apart with the colour-blind-safe palette', async ({ page }) => {
  const partnersAfter = () => visibleChart(page).locator('[data-series="(Ex-)partners"][data-phase="after"] .rt-shape').first();
  const stroke = async () => partnersAfter().evaluate((el) => getComputedStyle(el).stroke);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(CHART_PAGE);
  expect(await stroke()).toBe('rgb(213, 94, 0)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await stroke()).toBe('rgb(230, 159, 0)');
  const textColour = await visibleChart(page).evaluate((svg) => getComputedStyle(svg.querySelector('text')!).fill);
  expect(textColour).toBe('rgb(241, 237, 245)');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect(page.locator('svg.rt-chart[data-layout="narrow"], svg.rt-chart[data-layout="wide"]').filter({ visible: true })).toHaveCount(
    1,
  );
  expect(await stroke()).toBe('rgb(213, 94, 0)');
});

test('the chart and data pages pass an automated accessibility check', async ({ page }) => {
  for (const path of [CHART_PAGE, '/impact/', '/impact/data/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('the CSV download is the source file byte for byte; the JSON has the rows, columns and citation', async ({ request }) => {
  const csvResponse = await request.get('/impact/data/impact-appendix-a.csv');
  expect(csvResponse.headers()['content-type']).toContain('text/csv');
  expect(Buffer.compare(await csvResponse.body(), SOURCE)).toBe(0);

  const json = await (await request.get('/impact/data/impact-appendix-a.json')).json();
  expect(json.citation).toBe(
    '“Measuring the Outcome of Perpetrator Programmes through a Contextualised and Victim-Centred Approach: The Impact Project”, Social Sciences 2023, 12(11), 613, Appendix A. https://doi.org/10.3390/socsci12110613',
  );
  expect(json.source).toMatchObject({ doi: '10.3390/socsci12110613', url: 'https://doi.org/10.3390/socsci12110613', date: '2023-11-02' });
  expect(json.columns.map((c: { name: string }) => c.name)).toEqual(csv.columns);
  const asNumbers = (r: Record<string, string>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]));
  expect(json.rows).toEqual(csv.rows.map(asNumbers));
  expect(json.csv).toMatch(/^https:\/\/.+\/impact\/data\/impact-appendix-a\.csv$/);
});

test('the data page explains every column and where the figures come from', async ({ page }) => {
  await page.goto('/impact/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data behind the charts');
  const columns = page.getByRole('region', { name: 'Columns of impact-appendix-a.csv' }).locator('tbody tr');
  await expect(columns).toHaveCount(csv.columns.length);
  await expect(columns.nth(1)).toContainText('a mark means “marked significant in the source”');
  await expect(page.getByRole('link', { name: 'doi:10.3390/socsci12110613' })).toBeVisible();
});

test('every IMPACT finding and chart has its own address and its own 1200x630 link-preview card', async ({ page, request }) => {
  const pages = (await sitemapPaths(request)).filter((p) => /^\/impact\/[^/]+\/$/.test(p) && p !== '/impact/data/');
  expect(pages).toContain(FINDING_PAGE);
  expect(pages).toContain(CHART_PAGE);
  expect(pages).toContain('/impact/method/');
  for (const path of pages) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image!).pathname).toBe(`${path}card.png`);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(alt).toMatch(/^IMPACT (finding|method|chart): /);
    expect(alt).toContain(await page.locator('h1').textContent());
    const png = await request.get(`${path}card.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  }
});
