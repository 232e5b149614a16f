/** The English press releases as links for another language's list: title, and location and date in that language. */
import { getPublicPress, urls } from '#src/lib/content/collections.ts';
import { dateline } from '#src/lib/site/format.ts';
import type { Locale } from '#src/i18n/locales.ts';

export async function pressLinks(lang: Locale): Promise<{ href: string; title: string; meta: string }[]> {
  return (await getPublicPress()).map((r) => ({
    href: urls.press(r),
    title: r.data.title,
    meta: dateline(r.data, lang),
  }));
}
