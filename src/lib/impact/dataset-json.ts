/** The JSON download of a dataset: what a journalist or researcher needs to reuse it and cite it. */
import { citationText, citationUrl } from './citation.ts';
import type { Dataset } from './datasets.ts';
import { isoDay } from '#src/lib/site/format.ts';

export function datasetJson(dataset: Dataset, csvUrl: string) {
  const { source } = dataset;
  return {
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    citation: citationText(source),
    source: {
      title: source.title,
      publishedIn: source.publishedIn,
      details: source.details,
      date: source.date && isoDay(source.date),
      part: source.part,
      doi: source.doi,
      url: citationUrl(source),
    },
    notes: dataset.notes,
    csv: csvUrl,
    columns: dataset.columns.map(({ name, type, label, values, meaning }) => ({ name, type, label, values, meaning })),
    rows: dataset.rows,
  };
}
