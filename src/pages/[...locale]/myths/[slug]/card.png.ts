/** Each myth's 1200x630 link-preview card (og:image), in each language: /myths/<slug>/card.png, /<lang>/myths/<slug>/card.png. */
import { mythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = mythCardPaths;
export const GET = mythCardRoute('1200x630');
