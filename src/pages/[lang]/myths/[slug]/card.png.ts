/** A translated myth's 1200x630 link-preview card (og:image). */
import { translatedMythCardPaths, mythCardRoute } from '../../../../lib/cards/myth-card-route';

export const getStaticPaths = translatedMythCardPaths;
export const GET = mythCardRoute('1200x630');
