/** Each dataset as JSON: its columns (with their meaning and type), its rows as numbers and text, and the citation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import { absoluteUrl, urls } from '#src/lib/site/urls.ts';
import { datasetJson } from '#src/lib/impact/dataset-json.ts';
import type { Dataset } from '#src/lib/impact/datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({
    params: { name: dataset.name },
    props: { dataset },
    cacheKey: cacheKeyOf(JSON.stringify(dataset)),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props: { dataset } }) => {
  const body = datasetJson(dataset, absoluteUrl(urls.datasetCsv(dataset)));
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
