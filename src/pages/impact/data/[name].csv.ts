/** Each dataset, byte for byte as validated in content/datasets/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((d) => ({
    params: { name: d.name },
    props: { raw: d.raw },
    cacheKey: cacheKeyOf(d.raw),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.raw as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
