/** Each public release as an A4 PDF, drawn by the build from the same entry as its page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPublicPress, releaseDocumentOf } from '../../lib/collections';
import { renderReleasePdf } from '../../lib/release-pdf';

export const getStaticPaths = (async () => {
  const releases = await getPublicPress();
  return releases.map((release) => ({ params: { slug: release.id }, props: { release } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await renderReleasePdf(releaseDocumentOf(props.release)), {
    headers: { 'Content-Type': 'application/pdf' },
  });
