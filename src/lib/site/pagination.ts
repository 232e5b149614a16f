/**
 * Lists that grow with the content are split into numbered static pages: the first at the list's
 * own address (/myths/), the others under it (/myths/page/2/; src/lib/site/urls.ts). Each page
 * links to the others.
 */

/** How many entries each growing list shows on one page, and how many myths the home page shows. */
export const LIST_SIZES = {
  /** Myth cards on /myths/ (and each language's twin). */
  myths: 24,
  /** Myths with their cards, alt text and embed code on /toolkit/: each takes a screen or two. */
  toolkit: 10,
  /** Press releases on /press/ (and the English-only list in other languages). */
  press: 20,
  /** Newest releases whose downloads the press room lists; /press/ lists every one. */
  pressRoomDownloads: 10,
  /** Myths on the home page: the first ones in the leaflet's order, with a link to all. */
  homeMyths: 7,
} as const;

/** One numbered page of a list. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  count: number;
  items: T[];
}

/** How many pages `total` entries need at `perPage` a page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `number` of `items`. Throws for a page the list does not have. */
export function listPage<T>(items: readonly T[], perPage: number, number: number): ListPage<T> {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new Error(`The list has pages 1 to ${count}, not ${number}.`);
  return { number, count, items: items.slice((number - 1) * perPage, number * perPage) };
}

/** The numbers of the pages after the first (the first lives at the list's own address), for getStaticPaths. */
export function laterPageNumbers(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, i) => i + 2);
}

/**
 * The page numbers to link, with null for a gap: always the first and last, and two either side
 * of the current one, so the links stay few however long the list grows.
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const shown = [...new Set([1, count, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
