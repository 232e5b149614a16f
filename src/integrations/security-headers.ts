import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerFileProblems, headerRules, renderHeadersFile, urlPathOf } from '../lib/security-headers.ts';
import { inlineCodeProblems } from '../lib/inline-code.ts';

/** Cloudflare Pages reads at most this many rules from a _headers file. */
const CLOUDFLARE_RULE_LIMIT = 100;

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build from src/lib/security-headers.ts,
 * after checking that the Content-Security-Policy can allow every page: no inline script, style
 * or event handler. Runs after every other integration has written its files.
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
            `The Content-Security-Policy (src/lib/security-headers.ts) would block code written into these pages:\n  ${inline.join('\n  ')}\n` +
              'Move scripts and styles into files (an Astro <script> or <style> is bundled into one) and use classes instead of style="".',
          );
        }

        const paths = files.map(urlPathOf);
        const text = renderHeadersFile(paths);
        const problems = headerFileProblems(text, paths);
        if (problems.length) {
          throw new Error(`The generated _headers would send wrong headers:\n  ${problems.join('\n  ')}`);
        }
        writeFileSync(join(site, '_headers'), text);
        const rules = headerRules(paths).length;
        logger.info(`Wrote _headers: ${rules} rules for ${paths.length} files.`);
        if (rules > CLOUDFLARE_RULE_LIMIT) {
          logger.warn(`_headers has ${rules} rules; Cloudflare Pages reads at most ${CLOUDFLARE_RULE_LIMIT} (Netlify has no such limit).`);
        }
      },
    },
  };
}
