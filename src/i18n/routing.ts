/**
 * One route file serves a kind of page in every language it exists in. Its folder starts with
 * [...locale]: empty for the source language (/myths/risk/), the language code for the others
 * (/de/myths/risk/). The language of the page being rendered is found once, from its address, by
 * src/middleware.ts, and every component reads it with pageLocale(Astro): none is handed it as a prop.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, splitLocalePath, type Locale } from './locales.ts';

/** The folder of src/pages/ whose routes serve every language. */
export const LOCALIZED_ROUTES = '[...locale]';

/** The [...locale] parameter of a language: none for the source language, its code for the others. */
function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * The language of an address: its first segment when that is a language code, else the source
 * language. Only the first segment counts: an English page whose address holds a language code
 * further on (/voices/it/) stays English.
 */
export function localeOfPath(pathname: string): Locale {
  return splitLocalePath(pathname).lang as Locale;
}

/** The language of the page being rendered (set by src/middleware.ts). */
export function pageLocale(astro: { locals: App.Locals }): Locale {
  return astro.locals.locale;
}

/** One path a localized route returns from getStaticPaths, in one language. */
export interface LocalizedPath {
  params?: Record<string, string | undefined>;
  props?: Record<string, unknown>;
  /** Every localized page is cached by incremental builds (src/lib/content/cache-key.ts). */
  cacheKey: string;
}

/**
 * getStaticPaths of a route under [...locale]: the paths `pathsIn` gives for each language,
 * each with its locale parameter. A kind of page that exists in some languages only returns no
 * paths for the others.
 */
export async function localizedPaths<P extends LocalizedPath>(
  pathsIn: (locale: Locale) => P[] | Promise<P[]>,
  locales: readonly Locale[] = LOCALE_CODES,
): Promise<(P & { params: { locale: string | undefined } })[]> {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await pathsIn(locale)).map((path) => ({ ...path, params: { locale: localeParam(locale), ...path.params } })),
    ),
  );
  return perLocale.flat();
}
