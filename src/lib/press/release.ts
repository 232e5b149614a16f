/**
 * One press release as every download sees it: the page's words in the page's order, with the
 * boilerplate and contact the page shows. The PDF, the plain-text file and the feed are all
 * written from this, so they cannot drift apart.
 */
import { DEFAULT_MEDIA_CONTACT, NETWORK } from '#src/config.ts';
import { publicationNote, type PublishableData } from '#src/lib/content/rules.ts';
import { dateline, statedDateAttr } from '#src/lib/site/format.ts';
import { releaseBlocks, type Block, type Inline } from './blocks.ts';
import { absoluteUrl, urls } from '#src/lib/site/urls.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/i18n/locales.ts';

/** Press releases are issued in English only: their page and downloads quote and date in English. */
export const RELEASE_LOCALE: Locale = DEFAULT_LOCALE;

/** The fields of a press release that its downloads use (see pressSchema). */
interface ReleaseData extends PublishableData {
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
  /**
   * What follows the body: the release's own "About" paragraph and media contact, as issued, and,
   * where it names no media contact, the network's general contact, marked as not part of it.
   */
  closing: ClosingSection[];
  /** Set only on the dev server, for a draft or embargoed release. */
  notice?: string;
}

/** A section after a release's body, e.g. "Media contact". */
export interface ClosingSection {
  /** Also its anchor on the page: "about-network", "media-contact" or "network-contact". */
  id: 'about-network' | 'media-contact' | 'network-contact';
  heading: string;
  /** Set when the section is not part of the release as issued: says so before its content. */
  addedNote?: string;
  paragraph: Inline[];
}

/** What a contact line reads: "Name: email", the address a mail link. */
const contactLine = (contact: { name: string; email: string }): Inline[] => [
  { text: `${contact.name}: ` },
  { text: contact.email, href: `mailto:${contact.email}` },
];

/**
 * The release's own boilerplate and contact, as issued; nothing is presented as part of a release
 * that it did not contain. A release without a media contact gets the network's general contact,
 * set apart and labelled.
 */
function closingSections(data: Pick<ReleaseData, 'about' | 'mediaContact'>): ClosingSection[] {
  const sections: ClosingSection[] = [];
  if (data.about) {
    sections.push({
      id: 'about-network',
      heading: `About ${NETWORK.shortName}`,
      paragraph: [{ text: `${data.about} More at ` }, { text: 'work-with-perpetrators.eu', href: NETWORK.website }, { text: '.' }],
    });
  }
  if (data.mediaContact) {
    sections.push({ id: 'media-contact', heading: 'Media contact', paragraph: contactLine(data.mediaContact) });
  } else {
    sections.push({
      id: 'network-contact',
      heading: `Contacting ${NETWORK.shortName}`,
      addedNote: `Not part of the original, which names no media contact: the general contact of ${NETWORK.shortName}.`,
      paragraph: contactLine(DEFAULT_MEDIA_CONTACT),
    });
  }
  return sections;
}

export function releaseDocument(release: ReleaseSource, now: Date): ReleaseDocument {
  const { data } = release;
  const file = release.filePath ?? `press/${release.id}`;
  return {
    slug: release.id,
    title: data.title,
    date: data.date,
    datePublished: statedDateAttr(data),
    dateline: dateline(data, RELEASE_LOCALE),
    summary: data.summary,
    url: absoluteUrl(urls.press(release)),
    blocks: releaseBlocks(release.body ?? '', file, release.bodyLine),
    closing: closingSections(data),
    notice: publicationNote(data, now),
  };
}
