/** A translated myth's 1200x630 link-preview card (og:image). */
import { translatedMythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = translatedMythCardPaths;
export const GET = mythCardRoute('1200x630');
