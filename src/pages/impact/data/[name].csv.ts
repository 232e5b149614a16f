/** Each dataset, byte for byte as validated in content/datasets/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../lib/collections';

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.map((d) => ({ params: { name: d.id }, props: { raw: d.data.raw } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.raw as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
