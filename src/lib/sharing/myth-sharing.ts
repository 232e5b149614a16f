/** Everything a page offers to share one myth: links' text, its cards and the embed snippet. */
import { mythCardFiles, type MythCardData, type MythCardFile } from './cards/myth-card.ts';
import { embedSnippet, type SharedPage } from './share-links.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { absoluteUrl, urls } from '#src/lib/site/urls.ts';

export interface MythSharing {
  /** The myth's page as shared: canonical URL, title and text. */
  page: SharedPage;
  /** Its two cards. */
  cards: MythCardFile[];
  /** HTML for other sites: the link-preview card linking back to the myth's page. */
  embed: string;
}

export function mythSharing(myth: MythCardData): MythSharing {
  const t = useTranslations(myth.lang);
  const url = absoluteUrl(urls.myth(myth));
  const cards = mythCardFiles(myth);
  const preview = cards[0]!;
  return {
    page: { url, title: t('myth.pageTitle', { myth: myth.myth }), text: t('myth.shareText', { myth: myth.myth, fact: myth.fact }) },
    cards,
    embed: embedSnippet({
      pageUrl: url,
      imageUrl: absoluteUrl(preview.path),
      width: preview.width,
      height: preview.height,
      alt: preview.alt,
    }),
  };
}
