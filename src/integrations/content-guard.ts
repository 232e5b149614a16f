import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtFileOf, checkContent } from '../lib/content-check';
import { CONTENT_DIR } from '../lib/paths';
import { sitePathTarget } from '../lib/url-rules';

/** A content file the site will not publish, with every reason. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Content is untrusted input. Before anything is loaded or rendered (so no code in a body ever
 * runs), every content file is checked (src/lib/content-check.ts); after the build, every link
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
        updateConfig({ vite: { define: { __RT_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
        if (command !== 'build' && command !== 'dev') return;
        const report = checkContent(CONTENT_DIR);
        if (report.problems.length > 0) {
          throw new ContentError(`Content the site cannot publish (${report.problems.length}):\n${report.problems.map((p) => `  ${p}`).join('\n')}`);
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
