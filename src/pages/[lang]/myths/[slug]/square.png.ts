/** A translated myth's 1080x1080 square card for image posts. */
import { translatedMythCardPaths, mythCardRoute } from '../../../../lib/cards/myth-card-route';

export const getStaticPaths = translatedMythCardPaths;
export const GET = mythCardRoute('1080x1080');
