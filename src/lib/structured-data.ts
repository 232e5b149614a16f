/**
 * schema.org data for search engines and news aggregators: the network as an Organization on
 * every page, and each press release as a NewsArticle it published.
 */
import { NETWORK } from '../config';
import type { ReleaseDocument } from './press-release';

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
    address: { '@type': 'PostalAddress', addressLocality: NETWORK.city },
    sameAs: NETWORK.social.flatMap((s) => (s.url ? [s.url] : [])),
  };
}

/** A press release; `image` only where the release has one. */
export function newsArticleJsonLd(release: ReleaseDocument, image?: string) {
  const network = { '@type': 'Organization', '@id': ORGANIZATION_ID, name: NETWORK.name, url: NETWORK.website };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary,
    datePublished: release.datePublished,
    dateline: release.dateline,
    inLanguage: 'en',
    url: release.url,
    mainEntityOfPage: release.url,
    author: network,
    publisher: network,
    ...(image ? { image } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: no "<" left that could close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
