/** Everything a page offers to share one myth: links' text, its cards and the embed snippet. */
import { SITE } from '../config.ts';
import { mythCardFiles, type MythCardData, type MythCardFile } from './cards/myth-card.ts';
import { embedSnippet, type SharedPage } from './share.ts';

/** An address on the public site, e.g. /myths/risk/ → https://…/myths/risk/. */
export const absoluteUrl = (path: string): string => new URL(path, `${SITE.url}/`).href;

export interface MythSharing {
  /** The myth's page as shared: canonical URL, title and text. */
  page: SharedPage;
  /** Its two cards. */
  cards: MythCardFile[];
  /** HTML for other sites: the link-preview card linking back to the myth's page. */
  embed: string;
}

export function mythSharing(myth: MythCardData): MythSharing {
  const url = absoluteUrl(`/myths/${myth.slug}/`);
  const cards = mythCardFiles(myth);
  const preview = cards[0]!;
  return {
    page: { url, title: `Myth: ${myth.myth}`, text: `Myth: “${myth.myth}” ${myth.fact}` },
    cards,
    embed: embedSnippet({ pageUrl: url, imageUrl: absoluteUrl(preview.path), width: preview.width, height: preview.height, alt: preview.alt }),
  };
}
