/** The 1200x630 link-preview card (og:image) of each IMPACT page: every entry and every chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImpactCards } from '#src/lib/content/collections.ts';
import { impactCardPng, prefetchImpactCards, type ImpactCard } from '#src/lib/sharing/cards/impact-card.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

export const getStaticPaths = (async () => {
  const cards = await getImpactCards();
  // Rendered on every core at once; GET, called one card at a time, then mostly finds them made.
  prefetchImpactCards(cards);
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card }, cacheKey: cacheKeyOf(JSON.stringify(card)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ImpactCard }> = async ({ props: { card } }) =>
  new Response(await impactCardPng(card), { headers: { 'Content-Type': 'image/png' } });
