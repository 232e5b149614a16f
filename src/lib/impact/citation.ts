/** How a dataset's source is cited beside charts, tables and downloads. */
import type { Citation } from '#src/lib/content/schemas.ts';

/** The address of a DOI: https://doi.org/10.3390/socsci12110613. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** Where a reader checks the source: the DOI's address, or the source's own URL. */
export function citationUrl(source: Citation): string {
  return source.doi ? doiUrl(source.doi) : source.url!;
}

/** The words of the link to the source: doi:10.3390/socsci12110613, or the source's URL. */
export function citationLinkText(source: Citation): string {
  return source.doi ? `doi:${source.doi}` : citationUrl(source);
}

/** Where in the literature the figures are: Social Sciences 2023, 12(11), 613, Appendix A. */
export function citationPlace(source: Citation): string {
  const where = [source.publishedIn, source.details].filter(Boolean).join(' ');
  return [where, source.part].filter(Boolean).join(', ');
}

/**
 * One line a reader can paste into a footnote:
 * “Title”, Social Sciences 2023, 12(11), 613, Appendix A. https://doi.org/10.3390/socsci12110613
 */
export function citationText(source: Citation): string {
  return `“${source.title}”, ${citationPlace(source)}. ${citationUrl(source)}`;
}
