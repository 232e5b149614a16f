/** Each dataset, byte for byte as validated in content/datasets/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { name: d.id }, props: { raw: d.data.raw } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.raw as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
