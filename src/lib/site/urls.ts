/**
 * Every address of the site, in one place: the path of each page, file and list (in each
 * language it exists in, and each numbered page of a list), and the absolute URL people share.
 * Pages and components ask here and never put an address together themselves.
 */
import { SITE } from '#src/config.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, localizedPath, type Locale } from '#src/i18n/locales.ts';

/** A site-relative path as the public address people share and feeds link to. */
export function absoluteUrl(path: string, site: string = SITE.url): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** The address of page `number` of the list at `base` (which ends in a slash): the first is the list's own. */
export function listPagePath(base: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`A list page number is a whole number from 1, not ${number}.`);
  return number === 1 ? base : `${base}page/${number}/`;
}

/** What a myth's address is made of: its slug and its language. */
export interface MythAddress {
  slug: string;
  lang: Locale;
}

const myth = ({ slug, lang }: MythAddress) => localizedPath(lang, `/myths/${slug}/`);
const impactPage = (slug: string) => `/impact/${slug}/`;
const pressRelease = (slug: string) => `/press/${slug}/`;

/** Site-relative paths, each ending in a slash unless it names a file. */
export const urls = {
  /** A path declared in src/config.ts (a section of the navigation, the safety page) in a language. */
  localized: (path: string, locale: Locale) => localizedPath(locale, path),
  home: (locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, '/'),
  /** A page written in content/pages/ (about, get help, safety), by its file name. */
  page: (name: string, locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, `/${name}/`),
  search: (locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, '/search/'),
  /** The sitemap's index, written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',

  /** A page of the myths list, the first at /myths/. */
  mythList: (locale: Locale = DEFAULT_LOCALE, page = 1) => listPagePath(localizedPath(locale, '/myths/'), page),
  myth,
  /** One of a myth's share cards, e.g. card.png (src/lib/sharing/cards/myth-card.ts). */
  mythCard: (address: MythAddress, file: string) => `${myth(address)}${file}`,
  /** A page of the campaign toolkit, the first at /toolkit/. */
  toolkit: (page = 1) => listPagePath('/toolkit/', page),

  /** A page of the press releases list, the first at /press/. */
  pressList: (locale: Locale = DEFAULT_LOCALE, page = 1) => listPagePath(localizedPath(locale, '/press/'), page),
  press: (release: { id: string }) => pressRelease(release.id),
  pressPdf: (release: { id: string }) => `/press/${release.id}.pdf`,
  pressText: (release: { id: string }) => `/press/${release.id}.txt`,
  pressRoom: () => '/press/media/',

  campaignList: (locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, '/campaigns/'),
  /** A campaign edition's page, by its year. */
  campaign: (edition: { year: number }) => `/campaigns/${edition.year}/`,

  voiceList: (locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, '/voices/'),
  voice: (voice: { id: string }) => `/voices/${voice.id}/`,

  impactList: (locale: Locale = DEFAULT_LOCALE) => localizedPath(locale, '/impact/'),
  /** An IMPACT entry's page (the method, a finding). */
  impact: (entry: { id: string }) => impactPage(entry.id),
  /** A chart's own page. */
  chart: (chart: { data: { slug: string } }) => impactPage(chart.data.slug),
  /** The link-preview card of an IMPACT page (an entry's or a chart's), by the page's slug. */
  impactCard: (card: { slug: string }) => `${impactPage(card.slug)}card.png`,
  datasetList: () => '/impact/data/',
  datasetCsv: (dataset: { name: string }) => `/impact/data/${dataset.name}.csv`,
  datasetJson: (dataset: { name: string }) => `/impact/data/${dataset.name}.json`,
} as const;

/** One alternate address of a page: its language (or x-default) and absolute URL. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The alternates every language version of a page lists, in the page head and in the sitemap
 * alike: each language the page exists in, plus x-default for the source language's version.
 * A page in one language only has none.
 */
export function hreflangAlternates(
  codes: readonly string[],
  path: string,
  site: string = SITE.url,
  defaultLocale: string = DEFAULT_LOCALE,
): Alternate[] {
  if (codes.length < 2) return [];
  const href = (code: string) => absoluteUrl(localizedPath(code, path, defaultLocale), site);
  const alternates = LOCALE_CODES.filter((code) => codes.includes(code)).map((code) => ({
    hreflang: LOCALES[code].hreflang,
    href: href(code),
  }));
  return codes.includes(defaultLocale) ? [...alternates, { hreflang: 'x-default', href: href(defaultLocale) }] : alternates;
}
