/**
 * Checks run in the page for the accessibility tests: target size (WCAG 2.5.8), reflow without
 * loss (1.4.10) and motion under prefers-reduced-motion (2.3.3). Each returns what fails, described
 * so that a person can find it; an empty list is a pass.
 */
import type { Page } from '@playwright/test';

/** Opens a page and waits for what JavaScript adds (search results for a /search/?q= address). */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (path.includes('?q=')) await page.locator('[data-search-results] li').first().waitFor();
}

/**
 * Targets smaller than 24 × 24 CSS px that neither sit in a sentence nor have room around them:
 * the 24 px circle centred on each must not touch another target or another small target's circle.
 */
export function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}"`;

    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && !el.closest('[hidden], [aria-hidden="true"]');
    };
    /** The area that activates the element: a stretched link's card, a checkbox with its label. */
    const targetRect = (el: Element): DOMRect => {
      if (getComputedStyle(el, '::after').position === 'absolute' && el instanceof HTMLElement && el.offsetParent) {
        return el.offsetParent.getBoundingClientRect();
      }
      const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
      if (label) {
        const a = el.getBoundingClientRect();
        const b = label.getBoundingClientRect();
        const left = Math.min(a.left, b.left);
        const top = Math.min(a.top, b.top);
        return new DOMRect(left, top, Math.max(a.right, b.right) - left, Math.max(a.bottom, b.bottom) - top);
      }
      return el.getBoundingClientRect();
    };
    /** A link inside running text: its size is set by the line, which WCAG exempts. */
    const inSentence = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const own = (el.textContent ?? '').trim();
      const around = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return around.length > own.length + 1;
    };

    const targets = [...document.querySelectorAll(selector)]
      .filter(visible)
      .map((el) => ({ el, rect: targetRect(el) }))
      // A checkbox and its label are one target.
      .filter((t, i, all) => all.findIndex((o) => o.rect.x === t.rect.x && o.rect.y === t.rect.y && o.rect.width === t.rect.width) === i);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleTouches = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return Math.hypot(dx, dy) < MIN / 2;
    };
    const small = targets.filter((t) => (t.rect.width < MIN || t.rect.height < MIN) && !inSentence(t.el));
    return small
      .filter((t) => {
        const c = centre(t.rect);
        return targets.some((o) => {
          if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
          if (circleTouches(c, o.rect)) return true;
          if (!small.includes(o)) return false;
          const oc = centre(o.rect);
          return Math.hypot(c.x - oc.x, c.y - oc.y) < MIN;
        });
      })
      .map((t) => `${describe(t.el)} is ${Math.round(t.rect.width)} × ${Math.round(t.rect.height)} px, too close to another target`);
  });
}

/** Whether the page scrolls sideways, and what sticks out past the right edge of the viewport. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || rect.right <= width + 1) continue;
      if (el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
      // Content that scrolls inside its own box (wide tables) is not lost.
      let scroller = el.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller && scroller !== document.body && scroller !== document.documentElement) continue;
      problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> reaches ${Math.round(rect.right)} px`);
    }
    return problems.slice(0, 10);
  });
}

/** Elements that still move when the visitor asked for reduced motion. */
export function motionDespiteReducedMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
    const problems: string[] = [];
    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const moving =
          (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) ||
          (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01) ||
          style.scrollBehavior === 'smooth';
        if (moving) problems.push(`<${el.tagName.toLowerCase()}${pseudo ?? ''} class="${el.getAttribute('class') ?? ''}">`);
      }
    }
    return problems.slice(0, 10);
  });
}
