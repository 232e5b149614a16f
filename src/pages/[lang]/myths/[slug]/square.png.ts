/** A translated myth's 1080x1080 square card for image posts. */
import { translatedMythCardPaths, mythCardRoute } from '#src/lib/sharing/cards/myth-card-route.ts';

export const getStaticPaths = translatedMythCardPaths;
export const GET = mythCardRoute('1080x1080');
