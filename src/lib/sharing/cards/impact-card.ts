/**
 * Link-preview cards of the IMPACT pages (/impact/<slug>/card.png): each finding, the method and
 * each chart, drawn by the shared card renderer (./render.ts) from the entry or chart itself.
 */
import { SITE } from '#src/config.ts';
import { cachedCardPng, prefetchCardPngs } from './cache.ts';
import { SITE_ADDRESS } from './myth-card.ts';
import { CARD_SIZES, type CardContent } from './render.ts';
import { explainCardError } from './errors.ts';
import { urls } from '#src/lib/site/urls.ts';

/** IMPACT pages get the link-preview format. */
const IMPACT_CARD_SIZE = '1200x630';

/** What an IMPACT card shows, and where its words come from (named when they do not fit). */
export interface ImpactCard {
  /** The page's slug: /impact/<slug>/. */
  slug: string;
  eyebrow: string;
  title: string;
  body: string;
  /** The content file and the fields holding the title and body, for error messages. */
  file: string;
  fields: { title: string; body: string };
}

interface EntryLike {
  id: string;
  filePath?: string;
  data: { kind: 'method' | 'finding'; title: string; summary: string };
}

/** The card of a finding or of the method: its title and summary. */
export function entryCard(entry: EntryLike): ImpactCard {
  return {
    slug: entry.id,
    eyebrow: entry.data.kind === 'method' ? 'IMPACT method' : 'IMPACT finding',
    title: entry.data.title,
    body: entry.data.summary,
    file: entry.filePath ?? `content/impact/${entry.id}.mdx`,
    fields: { title: 'title', body: 'summary' },
  };
}

/** The card of a chart: its title and its description (the text alternative, with the key numbers). */
export function chartCard(entry: EntryLike, chart: { slug: string; title: string; description: string }, index: number): ImpactCard {
  return {
    slug: chart.slug,
    eyebrow: 'IMPACT chart',
    title: chart.title,
    body: chart.description,
    file: entry.filePath ?? `content/impact/${entry.id}.mdx`,
    fields: { title: `charts.${index}.title`, body: `charts.${index}.description` },
  };
}

function impactCardContent(card: ImpactCard): CardContent {
  return { eyebrow: card.eyebrow, title: card.title, body: card.body, footer: SITE.name, address: SITE_ADDRESS };
}

/** The page's link-preview image, as BaseLayout's `image` takes it; the alt text is the card's words. */
export function impactCardImage(card: ImpactCard): { src: string; width: number; height: number; alt: string } {
  return {
    src: urls.impactCard(card),
    ...CARD_SIZES[IMPACT_CARD_SIZE],
    alt: `${card.eyebrow}: ${card.title}. ${card.body} ${SITE.name}, ${SITE_ADDRESS}`,
  };
}

/** Starts rendering these cards on every core (see ./cache.ts); impactCardPng then finds them ready. */
export function prefetchImpactCards(cards: readonly ImpactCard[]): void {
  prefetchCardPngs(cards.map((card) => ({ content: impactCardContent(card), size: IMPACT_CARD_SIZE })));
}

/** The card as PNG (cached). Errors name the content file and the fields to shorten or change. */
export async function impactCardPng(card: ImpactCard): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return (await cachedCardPng(impactCardContent(card), IMPACT_CARD_SIZE)).png;
  } catch (error) {
    throw explainCardError(error, {
      file: card.file,
      fields: [
        { name: card.fields.title, text: card.title },
        { name: card.fields.body, text: card.body },
      ],
      card: 'link-preview card',
      typefaceOf: 'card',
      shorten: 'Shorten one of them.',
    });
  }
}
