/**
 * Site-wide facts. Every page reads these; nothing here is copied elsewhere.
 * Each fact names the seed or facts/README.md line it comes from.
 */
import { SITE_URL } from './env.ts';

export const SITE = {
  /** Public address of the deployed site; canonical URLs, sitemap and cards use it. */
  url: SITE_URL,
  name: 'Responsible Together',
  tagline: 'Perpetrator work against gender-based violence',
  /** The 16 Days of Activism against Gender-Based Violence run from 25 November to 10 December. */
  activism: { name: '16 Days of Activism against Gender-Based Violence', start: '11-25', end: '12-10' },
} as const;

export const NETWORK = {
  name: 'European Network for the Work with Perpetrators of Domestic Violence',
  shortName: 'WWP EN',
  city: 'Berlin',
  /** ISO 3166-1 code of the country the network is based in (Berlin, Germany). */
  countryCode: 'DE',
  /** seed 002: started informally, formalised in 2014. */
  formalised: 2014,
  website: 'https://www.work-with-perpetrators.eu/',
  email: 'info@work-with-perpetrators.eu',
  /** seeds 000, 001, 002 */
  executiveDirector: 'Alessandra Pauncz',
  /** seed 004: the network's social accounts as printed on the leaflet. */
  social: [
    { network: 'Facebook', handle: 'Work with Perpetrators - European Network', url: undefined },
    { network: 'Instagram', handle: 'european_network_wwp', url: 'https://www.instagram.com/european_network_wwp/' },
    { network: 'X (Twitter)', handle: 'wwp_en', url: 'https://x.com/wwp_en' },
  ],
} as const;

/** The general contact, used where a release names no media contact of its own. */
export const DEFAULT_MEDIA_CONTACT = { name: NETWORK.shortName, email: NETWORK.email } as const;

/** The press releases' RSS feed, announced on every page. */
export const PRESS_FEED = {
  path: '/press/rss.xml',
  title: `${SITE.name}: ${NETWORK.shortName} press releases`,
  description: `Press releases of the ${NETWORK.name} (${NETWORK.shortName}) on its ${SITE.name} campaign, in full.`,
} as const;

/**
 * Main navigation, in reading order: the address in English and the dictionary key of its label.
 * Sections marked englishOnly have no page in other languages, so they link the English page.
 */
export const NAV = [
  { path: '/campaigns/', key: 'nav.campaigns' },
  { path: '/myths/', key: 'nav.myths' },
  { path: '/impact/', key: 'nav.impact' },
  { path: '/press/', key: 'nav.press' },
  { path: '/voices/', key: 'nav.voices' },
  { path: '/about/', key: 'nav.about', englishOnly: true },
  { path: '/get-help/', key: 'nav.getHelp' },
  { path: '/search/', key: 'nav.search' },
] as const;

/**
 * Short facts about the network for journalists, each with the date its source gives and the
 * source itself (facts/README.md). Member counts differ by date, so none stands without both.
 */
export const NETWORK_FACTS = [
  {
    fact: 'A European network that promotes capacity building, information sharing and the exchange of good practice between organisations working with perpetrators and survivors of violence.',
    date: '25 November 2018',
    source: 'WWP EN press release, 25 November 2018',
  },
  {
    fact: `Started as an informal network of perpetrator programmes; formalised in ${NETWORK.formalised}.`,
    date: 'undated',
    source: 'Interview of the Month: interview with Alessandra Pauncz, Executive Director of WWP EN, by Vibeke Thomsen, SHECANHECAN',
  },
  { fact: '55 members from 28 countries.', date: '25 November 2018', source: 'WWP EN press release, 25 November 2018' },
  {
    fact: 'More than 60 members from over 30 European countries.',
    date: 'undated',
    source: 'Interview of the Month: interview with Alessandra Pauncz, Executive Director of WWP EN, by Vibeke Thomsen, SHECANHECAN',
  },
  { fact: '63 member organisations.', date: '2021', source: 'Respect, post supporting the WWP EN #ResponsibleTogether campaign (2021)' },
  {
    fact: `Executive Director: ${NETWORK.executiveDirector}.`,
    date: '2023',
    source: 'WWP EN campaign web page for #ResponsibleTogether23 (2023)',
  },
] as const;

/** Kinds of page the search can return, shown on each result and offered as filters, with their label's dictionary key. */
export const SEARCH_TYPES = {
  'Press release': 'type.press',
  Myth: 'type.myth',
  'IMPACT finding': 'type.impact',
  Campaign: 'type.campaign',
  Voice: 'type.voice',
} as const;
export type SearchType = keyof typeof SEARCH_TYPES;

/**
 * The quick exit (facts/README.md, GOV.UK Design System "Exit this page"): where it goes, a neutral
 * site that shows nothing personal. BBC Weather is GOV.UK Frontend's default destination.
 */
export const QUICK_EXIT = {
  url: 'https://www.bbc.co.uk/weather',
  /** The page that explains what the quick exit can and cannot do. */
  safetyPage: '/safety/',
} as const;
