/** Components editors may use in MDX without importing them, and the elements MDX renders through them. */
import Quote from './Quote.astro';
import MdxLink from './MdxLink.astro';

export const mdxComponents = { Quote, a: MdxLink };
