/**
 * The static endpoints /myths/<slug>/card.png and /myths/<slug>/square.png (and /<lang>/… for each
 * translation): one PNG per myth and format, made by the build. Other sites may embed these
 * images: when the site gets response headers, serve them with
 * `Cross-Origin-Resource-Policy: cross-origin` (see README, "Share cards").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMyths, type Myth } from '#src/lib/content/collections.ts';
import { localizedPaths } from '#src/i18n/routing.ts';
import { mythCardPng, prefetchMythCards } from './myth-card.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import type { CardSize } from './render.ts';

/**
 * The cards of every myth in every language, at /myths/<slug>/ and /<lang>/myths/<slug>/. Each
 * language's cards start rendering on every core at once, so that the GET handlers, which the
 * build calls one at a time, mostly find their card already made.
 */
export const mythCardPaths = (() =>
  localizedPaths(async (locale) => {
    const myths = await getMyths(locale);
    prefetchMythCards(myths.map((myth) => myth.data));
    // Made from the myth alone, so the myth is its key (see src/lib/content/cache-key.ts).
    return myths.map((myth) => ({ params: { slug: myth.data.slug }, props: { myth }, cacheKey: cacheKeyOf(myth) }));
  })) satisfies GetStaticPaths;

/** The GET handler of one card format. */
export function mythCardRoute(size: CardSize): APIRoute<{ myth: Myth }> {
  return async ({ props: { myth } }) => {
    const png = await mythCardPng(myth.data, size, myth.filePath ?? `content/myths/${myth.id}.mdx`);
    return new Response(png, { headers: { 'Content-Type': 'image/png' } });
  };
}
