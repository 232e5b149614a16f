import { describe, expect, it } from 'vitest';
import { citationLinkText, citationPlace, citationText, citationUrl, doiUrl } from '#src/lib/impact/citation.ts';
import type { Citation } from '#src/lib/content/schemas.ts';

const article: Citation = {
  title: 'Title of the article',
  publishedIn: 'Social Sciences',
  details: '2023, 12(11), 613',
  part: 'Appendix A',
  doi: '10.3390/socsci12110613',
};
const report: Citation = { title: 'A report without a DOI', publishedIn: 'WWP EN', url: 'https://example.org/report' };

describe('citing a dataset’s source', () => {
  it('links a DOI at doi.org and names it doi:…', () => {
    expect(doiUrl('10.3390/socsci12110613')).toBe('https://doi.org/10.3390/socsci12110613');
    expect(citationUrl(article)).toBe('https://doi.org/10.3390/socsci12110613');
    expect(citationLinkText(article)).toBe('doi:10.3390/socsci12110613');
  });
  it('links and names a source without a DOI by its own address', () => {
    expect(citationUrl(report)).toBe('https://example.org/report');
    expect(citationLinkText(report)).toBe('https://example.org/report');
  });
  it('says where in the literature the figures are, leaving out what the source does not state', () => {
    expect(citationPlace(article)).toBe('Social Sciences 2023, 12(11), 613, Appendix A');
    expect(citationPlace(report)).toBe('WWP EN');
    expect(citationPlace({ ...report, part: 'Table 2' })).toBe('WWP EN, Table 2');
  });
  it('gives one line to paste into a footnote', () => {
    expect(citationText(article)).toBe(
      '“Title of the article”, Social Sciences 2023, 12(11), 613, Appendix A. https://doi.org/10.3390/socsci12110613',
    );
  });
});
