/**
 * The numbered pages of the press releases list, each with the key of what it shows. Every
 * language lists the same English releases (src/views/PressListPage.astro).
 */
import { getPublicPress } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import { LIST_SIZES, listPage, pageCount } from '#src/lib/site/pagination.ts';

export async function pressListPages(): Promise<{ number: number; cacheKey: string }[]> {
  const releases = await getPublicPress();
  return Array.from({ length: pageCount(releases.length, LIST_SIZES.press) }, (_, i) => {
    const { number, items, count } = listPage(releases, LIST_SIZES.press, i + 1);
    return { number, cacheKey: cacheKeyOf(items, count) };
  });
}
