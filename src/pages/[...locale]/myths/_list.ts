/** The numbered pages of a language's myths list (src/views/MythsIndexPage.astro), each with the key of what it shows. */
import { getMyths } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import { LIST_SIZES, listPage, pageCount } from '#src/lib/site/pagination.ts';
import { LOCALE_CODES, type Locale } from '#src/i18n/locales.ts';

export async function mythListPages(locale: Locale): Promise<{ number: number; cacheKey: string }[]> {
  const myths = await getMyths(locale);
  // Which languages have each page shows in the language links.
  const counts = (await Promise.all(LOCALE_CODES.map((code) => getMyths(code)))).map((m) => m.length).join();
  return Array.from({ length: pageCount(myths.length, LIST_SIZES.myths) }, (_, i) => {
    const { number, items, count } = listPage(myths, LIST_SIZES.myths, i + 1);
    // The sources shown are the first myth's.
    return { number, cacheKey: cacheKeyOf(items, myths[0], count, counts) };
  });
}
