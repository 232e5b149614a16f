/** Components editors may use in MDX without importing them. */
import Quote from './Quote.astro';

export const mdxComponents = { Quote };
