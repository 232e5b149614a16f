import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODY_ELEMENTS, checkBody, type BodyCollection } from '#src/lib/content/body-rules.ts';
import { builtFileOf, checkContent } from '#src/lib/content/check.ts';
import { CONTENT_DIR } from '#src/env.ts';
import { sitePathTarget } from '#src/lib/content/url-rules.ts';

/** A content file the site will not publish, with every reason. */
class ContentError extends Error {
  override name = 'ContentError';
}

/** The collection a content file belongs to, or undefined for a file outside content/. */
function collectionOf(file: string): BodyCollection | undefined {
  const path = relative(resolve(CONTENT_DIR), file);
  const folder = path.split(sep)[0] as BodyCollection;
  return !path.startsWith('..') && folder in BODY_ELEMENTS ? folder : undefined;
}

/**
 * The same body check on every MDX file as it is compiled, so that a body edited while the dev
 * server runs is refused too, before MDX turns it into code.
 */
export const bodyCheckPlugin = {
  name: 'rt-body-check',
  enforce: 'pre' as const,
  transform(_code: string, id: string) {
    const file = id.split('?')[0]!;
    if (!file.endsWith('.mdx')) return null;
    const collection = collectionOf(file);
    if (!collection || !existsSync(file)) return null;
    // The file as the editor wrote it: other plugins may already have turned `_code` into a module.
    const { problems } = checkBody(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file, collection);
    if (problems.length > 0)
      throw new ContentError(`Content the site cannot publish (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return null;
  },
};

/**
 * Content is untrusted input. Before anything is loaded or rendered (so no code in a body ever
 * runs), every content file is checked (src/lib/content/check.ts); after the build, every link
 * to this site written in content must lead to a page this build published: a link to a draft,
 * an embargoed release or a missing page fails, naming the file and line but not the target's
 * title. Whether unpublished releases show is decided here by the command: only `astro dev`.
 */
export function contentGuard(): AstroIntegration {
  let links: ReturnType<typeof checkContent>['links'] = [];
  return {
    name: 'rt-content-guard',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __RT_DEV_SERVER__: JSON.stringify(command === 'dev') }, plugins: [bodyCheckPlugin] } });
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent(CONTENT_DIR);
        if (report.problems.length > 0) {
          throw new ContentError(
            `Content the site cannot publish (${report.problems.length}):\n${report.problems.map((p) => `  ${p}`).join('\n')}`,
          );
        }
        links = report.links;
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const dead = links.filter((link) => !builtFileOf(sitePathTarget(link.href), outDir));
        if (dead.length > 0) {
          throw new ContentError(
            `Links to pages this build does not publish (${dead.length}): a page that does not exist, a draft or an embargoed release. Link only to published pages, or remove the link until the page is published:\n` +
              dead.map((l) => `  ${l.file}:${l.line}: ${l.href}`).join('\n'),
          );
        }
      },
    },
  };
}
