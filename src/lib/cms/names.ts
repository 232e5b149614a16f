/** Names shared by the admin's configuration (built) and its browser code: no imports, nothing else. */

/** The file format the admin registers (src/lib/cms/mdx-format.ts): front matter and MDX body, written as the build reads them.
 * Its name ends in -frontmatter: the CMS accepts only such formats for .mdx files. */
export const MDX_FORMAT = 'rt-mdx-frontmatter';

/** The id of the `<Quote>` editor component (src/lib/cms/quote-component.ts). */
export const QUOTE_COMPONENT = 'quote';
