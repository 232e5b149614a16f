/** Each myth's 1080x1080 square card for image posts, in each language: /myths/<slug>/square.png, /<lang>/myths/<slug>/square.png. */
import { mythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = mythCardPaths;
export const GET = mythCardRoute('1080x1080');
