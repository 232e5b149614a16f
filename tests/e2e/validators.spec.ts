/**
 * Checkers nobody on this project wrote, run over the built site: the Nu HTML checker (vnu-jar,
 * the W3C's validator) on every built HTML file, and HTML_CodeSniffer (pa11y's engine, WCAG 2 AA)
 * beside axe on every page. Each runs once per page; their own words are reported.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, builtFiles, pagesToCheck } from '../support/built-site.ts';
import { openPage } from '../support/page-checks.ts';

const require = createRequire(import.meta.url);

test('the Nu HTML checker finds no error in any built page', async () => {
  test.setTimeout(300_000);
  const files = builtFiles().filter((file) => file.endsWith('.html'));
  expect(files.length).toBeGreaterThan(100);
  const jar = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files.map((file) => join(DIST, file))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run java (scripts/provision.sh installs default-jre-headless): ${result.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const report = JSON.parse(result.stderr) as {
    messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .map(
      (m) =>
        `${(m.url ?? '').replace(/^file:.*?\/dist\//, '/')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`,
    );
  expect(errors).toEqual([]);
});

interface CodeSnifferMessage {
  type: number;
  code: string;
  msg: string;
  element: Element;
}
declare const HTMLCS: {
  process(standard: string, content: Document, callback: () => void, failCallback: () => void, language: string): void;
  getMessages(): CodeSnifferMessage[];
};

test.describe('HTML_CodeSniffer (WCAG 2 AA)', () => {
  // The pages' Content-Security-Policy allows no injected script: let the checker in.
  test.use({ bypassCSP: true });

  for (const path of pagesToCheck()) {
    test(`finds no error on ${path}`, async ({ page }) => {
      await openPage(page, path);
      await page.addScriptTag({ path: require.resolve('html_codesniffer/build/HTMLCS.js') });
      const errors = await page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            HTMLCS.process(
              'WCAG2AA',
              document,
              () =>
                resolve(
                  HTMLCS.getMessages()
                    // 1 is an error; 2 (warning) and 3 (notice) ask a person to check something by hand.
                    .filter((m) => m.type === 1)
                    .map((m) => `${m.code}: ${m.msg} — ${(m.element as Element).outerHTML?.slice(0, 160) ?? m.element.nodeName}`),
                ),
              () => reject(new Error('HTML_CodeSniffer failed to run')),
              'en',
            );
          }),
      );
      expect(errors).toEqual([]);
    });
  }
});

test('each number in the IMPACT tables is tied to its row, its group and its phase, as a screen reader announces it', async ({ page }) => {
  for (const path of ['/impact/', '/impact/partner-reports-2023/', '/impact/partner-reports-2023-chart/']) {
    await page.goto(path);
    const tables = await page.locator('.rt-chart-table table').evaluateAll((tables) =>
      tables.map((table) => {
        const text = (id: string) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no element #${id})`;
        // Each group heading spans a <colgroup> of its own; the first column is the row headings'.
        const colgroups = [...table.querySelectorAll(':scope > colgroup')].map((g) => (g as HTMLTableColElement).span);
        const groupHeadings = [...table.querySelectorAll('th[scope="colgroup"]')].map((th) => (th as HTMLTableCellElement).colSpan);
        const cells = [...table.querySelectorAll('tbody td')].map((td) => ({
          announced: (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean).map(text),
          series: (td as HTMLElement).dataset.series,
          phase: (td as HTMLElement).dataset.phase,
          row: td.closest('tr')!.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim(),
        }));
        return { colgroups, groupHeadings, cells };
      }),
    );
    expect(tables.length, path).toBeGreaterThan(0);
    for (const { colgroups, groupHeadings, cells } of tables) {
      expect(colgroups, `${path}: one <colgroup> for the row headings, then one per group heading`).toEqual([1, ...groupHeadings]);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.announced, `${path}: a cell of "${cell.row}"`).toHaveLength(3);
        expect(cell.announced[0]).toBe(cell.row);
        expect(cell.announced[2]!.toLowerCase()).toBe(cell.phase);
      }
    }
    const partnersBefore = tables[0]!.cells.find((cell) => cell.series === '(Ex-)partners' && cell.phase === 'before');
    expect(partnersBefore?.announced.slice(1).join(', ')).toBe('Their (ex-)partners, Before');
  }
});
