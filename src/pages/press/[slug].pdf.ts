/** Each public release as an A4 PDF, drawn by the build from the same entry as its page, on the worker pool. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPublicPress, releaseDocumentOf } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import { buildTime } from '#src/lib/content/rules.ts';
import { runInPool } from '#src/lib/workers/pool.ts';

export const getStaticPaths = (async () => {
  const releases = await getPublicPress();
  // Made from the release alone, so the release is its key (see src/lib/content/cache-key.ts).
  return releases.map((release) => ({ params: { slug: release.id }, props: { release }, cacheKey: cacheKeyOf(release) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await runInPool({ kind: 'pdf', release: releaseDocumentOf(props.release), builtAt: buildTime() }), {
    headers: { 'Content-Type': 'application/pdf' },
  });
