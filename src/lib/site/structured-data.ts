/**
 * schema.org data for search engines, news aggregators and dataset search: the network as an
 * Organization on every page, each press release as a NewsArticle it published, and each IMPACT
 * dataset as a Dataset.
 */
import { NETWORK } from '#src/config.ts';
import { DEFAULT_LOCALE } from '#src/i18n/locales.ts';
import { citationUrl, citationText, doiUrl } from '#src/lib/impact/citation.ts';
import { isoDay } from './format.ts';
import type { Dataset } from '#src/lib/impact/datasets.ts';
import type { ReleaseDocument } from '#src/lib/press/release.ts';

const ORGANIZATION_ID = `${NETWORK.website}#organization`;

/** The network, as author and publisher of the site and its releases. */
export function organizationJsonLd() {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': ORGANIZATION_ID,
    name: NETWORK.name,
    alternateName: NETWORK.shortName,
    url: NETWORK.website,
    email: NETWORK.email,
    address: { '@type': 'PostalAddress', addressLocality: NETWORK.city, addressCountry: NETWORK.countryCode },
    sameAs: NETWORK.social.flatMap((s) => (s.url ? [s.url] : [])),
  };
}

/**
 * A press release; `image` only where the release has one. `datePublished` only where its day
 * is known: a release dated by its year alone keeps the year in its dateline, with no day made up.
 */
export function newsArticleJsonLd(release: ReleaseDocument, image?: string) {
  const network = { '@type': 'Organization', '@id': ORGANIZATION_ID, name: NETWORK.name, url: NETWORK.website };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary,
    ...(/^\d{4}-\d{2}-\d{2}$/.test(release.datePublished) ? { datePublished: release.datePublished } : {}),
    dateline: release.dateline,
    inLanguage: DEFAULT_LOCALE,
    url: release.url,
    mainEntityOfPage: release.url,
    author: network,
    publisher: network,
    ...(image ? { image } : {}),
  };
}

/** What schema.org calls each column type of content/datasets/*.json, where it has a unit. */
const UNIT_TEXT: Partial<Record<Dataset['columns'][number]['type'], string>> = { percent: 'percent', count: 'count' };

/**
 * A dataset of /impact/data/, for dataset search: its title and description, the publication it
 * is cited from (with its DOI), both downloads and every column as a variable. No license: the
 * source states none.
 */
export function datasetJsonLd(dataset: Dataset, pageUrl: string, downloads: { csv: string; json: string }) {
  const { source } = dataset;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${pageUrl}#dataset-${dataset.name}`,
    name: dataset.title,
    description: dataset.description,
    url: `${pageUrl}#dataset-${dataset.name}`,
    inLanguage: DEFAULT_LOCALE,
    isAccessibleForFree: true,
    citation: {
      '@type': 'CreativeWork',
      name: source.title,
      url: citationUrl(source),
      ...(source.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi, url: doiUrl(source.doi) } } : {}),
      ...(source.date ? { datePublished: isoDay(source.date) } : {}),
      isPartOf: { '@type': 'CreativeWork', name: source.publishedIn },
      description: citationText(source),
    },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: downloads.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: downloads.json },
    ],
    variableMeasured: dataset.columns.map((column) => ({
      '@type': 'PropertyValue',
      name: column.name,
      description: column.meaning ? `${column.label}; a mark means “${column.meaning}”` : column.label,
      ...(UNIT_TEXT[column.type] ? { unitText: UNIT_TEXT[column.type] } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: no "<" left that could close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
