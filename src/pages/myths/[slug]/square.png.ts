/** The myth's 1080x1080 square card for image posts. */
import { mythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = mythCardPaths;
export const GET = mythCardRoute('1080x1080');
