/** How a dataset's source is cited beside charts, tables and downloads. */
import type { Citation } from '#src/lib/content/schemas.ts';

/** Where a reader checks the source: the DOI's address, or the source's own URL. */
export function citationUrl(source: Citation): string {
  return source.doi ? `https://doi.org/${source.doi}` : source.url!;
}

/**
 * One line a reader can paste into a footnote:
 * “Title”, Social Sciences 2023, 12(11), 613, Appendix A. https://doi.org/10.3390/socsci12110613
 */
export function citationText(source: Citation): string {
  const where = [source.publishedIn, source.details].filter(Boolean).join(' ');
  return `“${source.title}”, ${[where, source.part].filter(Boolean).join(', ')}. ${citationUrl(source)}`;
}
