/** Each public release as plain text, for pasting into a newsroom system. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPublicPress, releaseDocumentOf } from '#src/lib/content/collections.ts';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';
import { releaseText } from '#src/lib/press/to-text.ts';

export const getStaticPaths = (async () => {
  const releases = await getPublicPress();
  // Made from the release alone, so the release is its key (see src/lib/content/cache-key.ts).
  return releases.map((release) => ({ params: { slug: release.id }, props: { release }, cacheKey: cacheKeyOf(release) }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// The byte-order mark tells browsers and text editors the file is UTF-8 (é, ł, €, “ ”) even
// where the web server sends text/plain without a charset.
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`\uFEFF${releaseText(releaseDocumentOf(props.release))}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
