/**
 * The share cards of a myth: what they show, their addresses, download names and alt text.
 * Made from the myth entry itself, so a new myth gets its cards with no code change.
 */
import { SITE } from '#src/config.ts';
import { cachedCardPng, prefetchCardPngs } from './cache.ts';
import { CARD_SIZES, type CardContent, type CardSize } from './render.ts';
import { explainCardError } from './errors.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/i18n/locales.ts';
import { useTranslations, type UiKey } from '#src/i18n/ui.ts';
import { quoted } from '#src/lib/site/quotation.ts';
import { urls } from '#src/lib/site/urls.ts';

/** The fields of a myth entry a card shows (see mythSchema). */
export interface MythCardData {
  order: number;
  slug: string;
  myth: string;
  fact: string;
  /** The myth's language; its cards speak it and live under /<lang>/myths/<slug>/. */
  lang: Locale;
}

/** The two cards of every myth: file name under /myths/<slug>/ and the dictionary keys saying what each is for. */
const MYTH_CARDS = [
  { kind: 'card', file: 'card.png', size: '1200x630', label: 'cards.card', use: 'cards.cardUse', download: 'cards.cardDownload' },
  {
    kind: 'square',
    file: 'square.png',
    size: '1080x1080',
    label: 'cards.square',
    use: 'cards.squareUse',
    download: 'cards.squareDownload',
  },
] as const satisfies readonly { kind: string; file: string; size: CardSize; label: UiKey; use: UiKey; download: UiKey }[];
type MythCardKind = (typeof MYTH_CARDS)[number]['kind'];

/** The site's address as printed on cards: host only, e.g. campaign.work-with-perpetrators.eu. */
export const SITE_ADDRESS = new URL(SITE.url).host;

/** What a myth's cards show: the myth, the fact that answers it, the campaign name and the site address. */
export function mythCardContent(myth: MythCardData): CardContent {
  const t = useTranslations(myth.lang);
  return {
    eyebrow: t('myth.label', { n: myth.order }),
    title: quoted(myth.myth, myth.lang),
    body: myth.fact,
    footer: SITE.name,
    address: SITE_ADDRESS,
  };
}

/** Alt text of a card: the words on it, in reading order. */
export function mythCardAlt(myth: MythCardData): string {
  return useTranslations(myth.lang)('myth.cardAlt', { myth: myth.myth, fact: myth.fact, site: SITE.name, address: SITE_ADDRESS });
}

/** One card of a myth with everything a page needs to show, link or download it. */
export interface MythCardFile {
  kind: MythCardKind;
  label: string;
  use: string;
  /** Text of its download link, e.g. "Download the square card (1080 × 1080 PNG)". */
  download: string;
  size: CardSize;
  width: number;
  height: number;
  /** Site-relative address, e.g. /myths/mediation/card.png. */
  path: string;
  /** File name for the download attribute, e.g. responsible-together-myth-mediation-1200x630.png. */
  downloadName: string;
  alt: string;
}

const filePrefix = SITE.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Both cards of a myth, in the order of MYTH_CARDS. */
export function mythCardFiles(myth: MythCardData): MythCardFile[] {
  const t = useTranslations(myth.lang);
  const langPart = myth.lang === DEFAULT_LOCALE ? '' : `-${myth.lang}`;
  return MYTH_CARDS.map(({ kind, file, size, label, use, download }) => ({
    kind,
    label: t(label),
    use: t(use),
    download: t(download, CARD_SIZES[size]),
    size,
    ...CARD_SIZES[size],
    path: urls.mythCard(myth, file),
    downloadName: `${filePrefix}-myth-${myth.slug}${langPart}-${size}.png`,
    alt: mythCardAlt(myth),
  }));
}

/** Starts rendering every card of these myths on all cores (see ./cache.ts); mythCardPng then finds them ready. */
export function prefetchMythCards(myths: readonly MythCardData[]): void {
  prefetchCardPngs(myths.flatMap((myth) => MYTH_CARDS.map(({ size }) => ({ content: mythCardContent(myth), size }))));
}

/** One card of a myth as PNG (cached). Errors name the myth's file and the fields to change. */
export async function mythCardPng(myth: MythCardData, size: CardSize, filePath: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return (await cachedCardPng(mythCardContent(myth), size)).png;
  } catch (error) {
    throw explainCardError(error, {
      file: filePath,
      fields: [
        { name: 'myth', text: myth.myth },
        { name: 'fact', text: myth.fact },
      ],
      card: `${size} share card`,
      typefaceOf: 'share card',
      shorten: 'Shorten the myth or the fact; the page can explain more in the body.',
      blameOneField: true,
    });
  }
}
