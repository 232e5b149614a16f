/** Numbered list pages: their addresses, what each holds, and which page links a visitor sees. */
import { describe, expect, it } from 'vitest';
import { laterPageNumbers, listPage, pageCount, pageLinks } from '#src/lib/site/pagination.ts';
import { listPagePath } from '#src/lib/site/urls.ts';

describe('list pages', () => {
  it('keeps the first page at the list’s own address and numbers the others under it', () => {
    expect(listPagePath('/myths/', 1)).toBe('/myths/');
    expect(listPagePath('/de/myths/', 3)).toBe('/de/myths/page/3/');
    expect(() => listPagePath('/myths/', 0)).toThrow('whole number from 1, not 0');
  });

  it('splits a list into full pages and a last one with the rest', () => {
    const items = Array.from({ length: 45 }, (_, i) => i + 1);
    expect(pageCount(45, 20)).toBe(3);
    expect(listPage(items, 20, 1).items).toEqual(items.slice(0, 20));
    expect(listPage(items, 20, 3)).toEqual({ number: 3, count: 3, items: [41, 42, 43, 44, 45] });
    expect(laterPageNumbers(45, 20)).toEqual([2, 3]);
    expect(() => listPage(items, 20, 4)).toThrow('pages 1 to 3, not 4');
  });

  it('has one page for a short or empty list, and no later pages to build', () => {
    expect(listPage([], 20, 1)).toEqual({ number: 1, count: 1, items: [] });
    expect(laterPageNumbers(20, 20)).toEqual([]);
  });

  it('links the first, the last and the pages near the current one, with gaps marked', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pageLinks(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pageLinks(50, 50)).toEqual([1, null, 48, 49, 50]);
    expect(pageLinks(4, 50)).toEqual([1, 2, 3, 4, 5, 6, null, 50]);
  });
});
