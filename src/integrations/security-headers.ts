import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_RULE_LIMIT, headerFileProblems, parseHeadersFile, renderHeadersFile, urlPathOf } from '#src/lib/security/headers.ts';
import { inlineCodeProblems } from '#src/lib/security/inline-code.ts';

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build from src/lib/security/headers.ts,
 * after checking that the Content-Security-Policy can allow every page: no inline script, style
 * or event handler. Runs after every other integration has written its files. Every built file
 * is checked against the rules as each host matches them; a file Cloudflare Pages would serve
 * with a wrong header, or a file over its limits, stops the build.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'rt-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = filesUnder(site).filter((file) => file !== '_headers');

        const inline = files
          .filter((file) => file.endsWith('.html'))
          .flatMap((file) => inlineCodeProblems(readFileSync(join(site, file), 'utf8')).map((problem) => `${file}: ${problem}`));
        if (inline.length) {
          throw new Error(
            `The Content-Security-Policy (src/lib/security/headers.ts) would block code written into these pages:\n  ${inline.join('\n  ')}\n` +
              'Move scripts and styles into files (an Astro <script> or <style> is bundled into one) and use classes instead of style="".',
          );
        }

        const started = performance.now();
        const paths = files.map(urlPathOf);
        const text = renderHeadersFile(paths);
        const problems = headerFileProblems(text, paths, ['Cloudflare Pages']);
        if (problems.length) {
          throw new Error(
            `The generated _headers would send wrong headers:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
          );
        }
        const netlify = new Set(
          headerFileProblems(text, paths, ['Netlify']).map((problem) => problem.split(':')[0]!.replace('Netlify, ', '')),
        );
        writeFileSync(join(site, '_headers'), text);
        const rules = parseHeadersFile(text).length;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Wrote _headers: ${rules} rules (of ${HEADER_RULE_LIMIT}) for ${paths.length} files, checked in ${seconds} s.`);
        if (netlify.size) {
          logger.warn(
            `On Netlify, which ignores a trailing slash when it matches rules, ${netlify.size} files would get some headers twice ` +
              `(e.g. ${[...netlify].slice(0, 3).join(', ')}): exact rules for them would pass Cloudflare's ${HEADER_RULE_LIMIT}. See README, "Security headers".`,
          );
        }
      },
    },
  };
}
