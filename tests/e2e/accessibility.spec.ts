/**
 * WCAG 2.2 AA on every page: axe-core in light and dark mode and at 320 px, the keyboard, reflow
 * at 200% zoom, target sizes and reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagesToCheck } from '../support/built-site.ts';
import { horizontalOverflow, motionDespiteReducedMotion, openPage, undersizedTargets } from '../support/page-checks.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${v.help} — ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/** Numbers the elements Tab should reach, in document order, and returns how they read. */
function markFocusableElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')]
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !el.closest('[hidden], [inert]') &&
          getComputedStyle(el).visibility !== 'hidden' &&
          el.getClientRects().length > 0,
      )
      .map((el, index) => {
        el.dataset.focusOrder = String(index);
        return `${index}: ${el.outerHTML.slice(0, 100)}`;
      }),
  );
}

for (const path of pagesToCheck()) {
  test.describe(path, () => {
    test('axe finds no WCAG 2.2 A/AA violation in light mode, dark mode and at 320 px', async ({ page }) => {
      await openPage(page, path);
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await axeViolations(page), '320 px').toEqual([]);
    });

    test('every control is reached by Tab, shows its focus and is not hidden behind the sticky exit', async ({ page }) => {
      await openPage(page, path);
      const expected = await markFocusableElements(page);
      const reached: string[] = [];
      const problems: string[] = [];
      for (let i = 0; i < expected.length + 5; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const rect = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          // The visible middle of its first line box (a link that wraps has gaps in its bounding box;
          // browsers scroll a text field only as far as its caret).
          const line = el.getClientRects()[0] ?? rect;
          const top = Math.max(line.top, 0);
          const bottom = Math.min(line.bottom, innerHeight);
          const hit = document.elementFromPoint(line.left + line.width / 2, (top + bottom) / 2);
          return {
            html: `${el.dataset.focusOrder ?? '(not expected)'}: ${el.outerHTML.slice(0, 100)}`,
            inView:
              rect.width > 1 &&
              rect.height > 1 &&
              bottom - top >= Math.min(line.height, 16) &&
              rect.left >= -1 &&
              rect.right <= innerWidth + 1,
            indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
            uncovered: !!hit && (el === hit || el.contains(hit)),
          };
        });
        if (!focus || reached.includes(focus.html)) break;
        reached.push(focus.html);
        if (!focus.inView) problems.push(`not in view when focused: ${focus.html}`);
        if (!focus.indicator) problems.push(`no visible focus indicator: ${focus.html}`);
        if (!focus.uncovered) problems.push(`covered by something else when focused: ${focus.html}`);
      }
      expect(problems).toEqual([]);
      expect(reached).toEqual(expected);
    });

    test('reflows at 320 px and at 200% zoom, with targets of at least 24 px and no motion when reduced', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const viewport of [
        { width: 320, height: 640 },
        { width: 640, height: 400 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(viewport);
        await openPage(page, path);
        expect(await horizontalOverflow(page), `${viewport.width} px`).toEqual([]);
        expect(await undersizedTargets(page), `${viewport.width} px`).toEqual([]);
      }
      expect(await motionDespiteReducedMotion(page)).toEqual([]);
    });
  });
}

test('the skip link comes first, shows when focused and moves focus to the main content', async ({ page }) => {
  await page.goto('/myths/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box!.width).toBeGreaterThan(24);
  expect(box!.height).toBeGreaterThan(24);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});
