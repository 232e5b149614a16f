/**
 * One press release as every download sees it: the page's words in the page's order, with the
 * boilerplate and contact the page shows. The PDF, the plain-text file and the feed are all
 * written from this, so they cannot drift apart.
 */
import { ABOUT_NETWORK, DEFAULT_MEDIA_CONTACT, NETWORK } from '../config';
import { publicationNote, type PublishableData } from './content-rules';
import { dateline, statedDateAttr } from './format';
import { releaseBlocks, type Block, type Inline } from './release-blocks';
import { absoluteUrl } from './site-url';

/** The fields of a press release that its downloads use (see pressSchema). */
export interface ReleaseData extends PublishableData {
  title: string;
  date: Date;
  datePrecision?: 'day' | 'year';
  location?: string;
  summary: string;
  about?: string;
  mediaContact?: { name: string; email: string };
}

/** What a collection entry provides: its id (the slug), MDX body and file. */
export interface ReleaseSource {
  id: string;
  body?: string;
  filePath?: string;
  /** The line of the file on which the body starts. */
  bodyLine?: number;
  data: ReleaseData;
}

export interface ReleaseDocument {
  slug: string;
  title: string;
  date: Date;
  /** The date for schema.org, as far as the source states it: 2018-11-25, or 2023. */
  datePublished: string;
  /** "Berlin, 25 November 2018" */
  dateline: string;
  summary: string;
  /** The release page's public address. */
  url: string;
  blocks: Block[];
  aboutHeading: string;
  /** The "About" paragraph, ending with a link to the network's website. */
  about: Inline[];
  contact: { name: string; email: string };
  /** Set only on the dev server, for a draft or embargoed release. */
  notice?: string;
}

/** Address of a release page, site-relative. */
export const pressPath = (slug: string) => `/press/${slug}/`;

/** Address of a release's downloads, site-relative. */
export const pressDownloadPath = (slug: string, format: 'pdf' | 'txt') => `/press/${slug}.${format}`;

export function releaseDocument(release: ReleaseSource, now: Date): ReleaseDocument {
  const { data } = release;
  const file = release.filePath ?? `press/${release.id}`;
  return {
    slug: release.id,
    title: data.title,
    date: data.date,
    datePublished: statedDateAttr(data),
    dateline: dateline(data),
    summary: data.summary,
    url: absoluteUrl(pressPath(release.id)),
    blocks: releaseBlocks(release.body ?? '', file, release.bodyLine),
    aboutHeading: `About ${NETWORK.shortName}`,
    about: [
      { text: `${data.about ?? ABOUT_NETWORK} More at ` },
      { text: 'work-with-perpetrators.eu', href: NETWORK.website },
      { text: '.' },
    ],
    contact: data.mediaContact ?? DEFAULT_MEDIA_CONTACT,
    notice: publicationNote(data, now),
  };
}
