/** Everything a page offers to share one myth: links' text, its cards and the embed snippet. */
import { SITE } from '#src/config.ts';
import { mythCardFiles, type MythCardData, type MythCardFile } from './cards/myth-card.ts';
import { embedSnippet, type SharedPage } from './share-links.ts';
import { localizedPath } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';

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
  const t = useTranslations(myth.lang);
  const url = absoluteUrl(localizedPath(myth.lang, `/myths/${myth.slug}/`));
  const cards = mythCardFiles(myth);
  const preview = cards[0]!;
  return {
    page: { url, title: t('myth.pageTitle', { myth: myth.myth }), text: t('myth.shareText', { myth: myth.myth, fact: myth.fact }) },
    cards,
    embed: embedSnippet({ pageUrl: url, imageUrl: absoluteUrl(preview.path), width: preview.width, height: preview.height, alt: preview.alt }),
  };
}
