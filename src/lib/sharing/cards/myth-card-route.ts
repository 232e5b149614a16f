/**
 * The static endpoints /myths/<slug>/card.png and /myths/<slug>/square.png: one PNG per myth and
 * format, made by the build. Other sites may embed these images: when the site gets response
 * headers, serve them with `Cross-Origin-Resource-Policy: cross-origin` (see README, "Share cards").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMyths, type Myth } from '#src/lib/content/collections.ts';
import { TRANSLATED_LOCALES } from '#src/i18n/locales.ts';
import { mythCardPng, prefetchMythCards } from './myth-card.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import type { CardSize } from './render.ts';

// Each getStaticPaths below starts rendering its cards on every core at once, so that the GET
// handlers, which the build calls one at a time, mostly find their card already made.

/** English cards, at /myths/<slug>/. */
export const mythCardPaths = (async () => {
  const myths = await getMyths();
  prefetchMythCards(myths.map((myth) => myth.data));
  return myths.map((myth) => ({ params: { slug: myth.data.slug }, props: { myth }, cacheKey: cacheKeyOf(myth) }));
}) satisfies GetStaticPaths;

/** Cards of every translated myth, at /<lang>/myths/<slug>/. */
export const translatedMythCardPaths = (async () => {
  const myths = (await Promise.all(TRANSLATED_LOCALES.map((lang) => getMyths(lang)))).flat();
  prefetchMythCards(myths.map((myth) => myth.data));
  return myths.map((myth) => ({ params: { lang: myth.data.lang, slug: myth.data.slug }, props: { myth } }));
}) satisfies GetStaticPaths;

/** The GET handler of one card format. */
export function mythCardRoute(size: CardSize): APIRoute<{ myth: Myth }> {
  return async ({ props: { myth } }) => {
    const png = await mythCardPng(myth.data, size, myth.filePath ?? `content/myths/${myth.id}.mdx`);
    return new Response(png, { headers: { 'Content-Type': 'image/png' } });
  };
}
