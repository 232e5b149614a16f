/**
 * The site's languages. English is the source and keeps the unprefixed addresses; every other
 * language lives under /<code>/. Adding a language means adding it here, its dictionary in
 * src/i18n/ui/, and its content files: no other code changes.
 */
export interface LocaleConfig {
  /** The language named in itself, as the switcher shows it. */
  name: string;
  /** BCP 47 tag with region, for Intl formatting (dates read as in that country). */
  tag: string;
  /**
   * The language alone, for hreflang in page heads and the sitemap: a page in German is for
   * every German reader, not for Germany only.
   */
  hreflang: string;
  /** Open Graph locale. */
  og: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
}

export const LOCALES = {
  en: { name: 'English', tag: 'en-GB', hreflang: 'en', og: 'en_GB', dir: 'ltr' },
  de: { name: 'Deutsch', tag: 'de-DE', hreflang: 'de', og: 'de_DE', dir: 'ltr' },
  fr: { name: 'Français', tag: 'fr-FR', hreflang: 'fr', og: 'fr_FR', dir: 'ltr' },
  it: { name: 'Italiano', tag: 'it-IT', hreflang: 'it', og: 'it_IT', dir: 'ltr' },
  es: { name: 'Español', tag: 'es-ES', hreflang: 'es', og: 'es_ES', dir: 'ltr' },
  pl: { name: 'Polski', tag: 'pl-PL', hreflang: 'pl', og: 'pl_PL', dir: 'ltr' },
} as const satisfies Record<string, LocaleConfig>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE = 'en' satisfies Locale;
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
/** Languages other than the source, each with its own /<code>/ section. */
export const TRANSLATED_LOCALES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && value in LOCALES;
}

/** The attributes of <html> for a language: lang and dir. */
export function htmlAttributes(code: string, config: LocaleConfig): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: code, dir: config.dir };
}

/** The address of a page in a language: localizedPath('de', '/myths/risk/') → '/de/myths/risk/'. */
export function localizedPath(lang: string, path: string, defaultLocale: string = DEFAULT_LOCALE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === defaultLocale ? clean : `/${lang}${clean}`;
}

/** The language an address belongs to and the address without its language prefix. */
export function splitLocalePath(
  path: string,
  locales: readonly string[] = LOCALE_CODES,
  defaultLocale: string = DEFAULT_LOCALE,
): { lang: string; path: string } {
  const match = /^\/([a-z]{2}(?:-[A-Za-z]{2,4})?)(\/.*)?$/.exec(path);
  if (match && match[1] !== defaultLocale && locales.includes(match[1]!)) return { lang: match[1]!, path: match[2] ?? '/' };
  return { lang: defaultLocale, path };
}
