/** The myth's 1200x630 link-preview card (og:image). */
import { mythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = mythCardPaths;
export const GET = mythCardRoute('1200x630');
