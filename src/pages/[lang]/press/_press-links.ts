/** The English press releases as links for another language's list: title, and location and date in that language. */
import { getPublicPress, urls } from '../../../lib/collections';
import { formatDateIn } from '../../../i18n/ui';
import type { Locale } from '../../../i18n/locales';

export async function pressLinks(lang: Locale): Promise<{ href: string; title: string; meta: string }[]> {
  return (await getPublicPress()).map((r) => ({
    href: urls.press(r),
    title: r.data.title,
    meta: [r.data.location, r.data.datePrecision === 'year' ? String(r.data.date.getUTCFullYear()) : formatDateIn(lang, r.data.date)].filter(Boolean).join(', '),
  }));
}
