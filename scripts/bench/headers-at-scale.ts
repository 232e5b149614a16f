/**
 * The security headers at 1x, 10x and 100x the content: how many `_headers` rules the build
 * writes (Cloudflare Pages reads at most 100) and how long writing and checking them takes, on
 * the same functions the build calls (src/integrations/security-headers.ts). It uses the sites the
 * "build" section built when there are any, and otherwise the addresses such a site would have
 * (syntheticSitePaths), so it runs in seconds: `npm run bench -- --sections=headers`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HEADER_RULE_LIMIT, headerFileProblems, parseHeadersFile, renderHeadersFile, urlPathOf } from '#src/lib/security/headers.ts';
import { TRANSLATED_LOCALES } from '#src/i18n/locales.ts';
import type { BenchContext } from './context.ts';
import { countEntries, scaledCounts } from './synthetic-content.ts';

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * The URL paths of every file a build of the site at `scale` times its content publishes, route
 * by route as in src/pages/ (every myth translated into every language and a picture in every
 * finding, the worst cases), plus search index files in proportion to the pages. Used by the
 * unit test and the bench.
 */
export function syntheticSitePaths(scale: number, contentDir = 'content'): string[] {
  const counts = scaledCounts(countEntries(contentDir), scale);
  const paths = ['/', '/404.html', '/favicon.svg', '/robots.txt', '/sitemap-index.xml', '/sitemap-0.xml'];
  paths.push('/search/', '/toolkit/', '/myths/', '/press/', '/press/media/', '/press/rss.xml', '/campaigns/');
  paths.push('/impact/', '/impact/data/', '/impact/data/impact-appendix-a.csv', '/impact/data/impact-appendix-a.json', '/voices/');
  for (let n = 1; n <= counts.pages; n++) paths.push(`/synthetic-page-${pad(n)}/`);
  for (let n = 0; n < counts.campaigns; n++) paths.push(`/campaigns/${2000 + n}/`);
  for (let n = 1; n <= counts.press; n++)
    paths.push(`/press/synthetic-release-${pad(n)}/`, `/press/synthetic-release-${pad(n)}.pdf`, `/press/synthetic-release-${pad(n)}.txt`);
  for (let n = 1; n <= counts.impact; n++) {
    paths.push(`/impact/synthetic-finding-${pad(n)}/`, `/impact/synthetic-finding-${pad(n)}/card.png`);
    // As if each finding had a picture: astro:assets publishes it as hashed WebP files in three widths.
    for (const width of [400, 800, 1200]) paths.push(`/_astro/synthetic-finding-${pad(n)}.${width}w${n.toString(36)}.webp`);
  }
  for (let n = 1; n <= counts.voices; n++) paths.push(`/voices/synthetic-voice-${pad(n)}/`);
  for (const lang of ['', ...TRANSLATED_LOCALES.map((code) => `/${code}`)]) {
    if (lang) {
      for (const page of ['', 'myths/', 'search/', 'get-help/', 'safety/', 'campaigns/', 'press/', 'impact/', 'voices/'])
        paths.push(`${lang}/${page}`);
    }
    for (let n = 1; n <= counts.myths; n++) {
      const myth = `${lang}/myths/synthetic-myth-${pad(n)}/`;
      paths.push(myth, `${myth}card.png`, `${myth}square.png`);
    }
  }
  const pages = paths.filter((path) => path.endsWith('/')).length;
  for (let n = 1; n <= pages; n++) paths.push(`/pagefind/fragment/en_${n.toString(16).padStart(7, '0')}.pf_fragment`);
  for (let n = 1; n <= Math.ceil(pages / 100); n++) paths.push(`/pagefind/index/en_${n.toString(16).padStart(7, '0')}.pf_index`);
  paths.push('/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind', '/pagefind/pagefind-entry.json');
  paths.push('/_astro/BaseLayout.tyJk7NFK.css', '/_astro/QuickExit.LuPgmotb.js', '/_astro/inter-latin-wght-normal.Dx4kXJAl.woff2');
  return paths;
}

/** Every file of a built site, as URL paths (what the build's integration checks). */
function builtPaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers')
    .map((entry) => urlPathOf(relative(dist, join(entry.parentPath, entry.name))));
}

export interface HeadersAtScale {
  scale: number;
  /** Where the paths came from: a site the bench built, or syntheticSitePaths. */
  source: 'built site' | 'synthetic paths';
  files: number;
  rules: number;
  ruleLimit: number;
  /** Writing `_headers` and checking every file against it, as the build does: wall time, and CPU time (less noisy on a busy machine). */
  seconds: number;
  cpuSeconds: number;
  problems: number;
}

/** Writes and checks `_headers` for one list of paths, timed. */
export function measureHeaders(paths: readonly string[]): { rules: number; seconds: number; cpuSeconds: number; problems: string[] } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const text = renderHeadersFile(paths);
  const problems = headerFileProblems(text, paths, ['Cloudflare Pages']);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return { rules: parseHeadersFile(text).length, seconds, cpuSeconds: (used.user + used.system) / 1e6, problems };
}

/** The bench section: the rule count and the time of the headers phase at each scale. */
export async function headersAtScale(ctx: BenchContext): Promise<HeadersAtScale[]> {
  const results: HeadersAtScale[] = [];
  for (const scale of ctx.options.scales) {
    const site = ctx.sites.get(scale);
    const built = site && existsSync(join(site.dist, 'index.html'));
    const paths = built ? builtPaths(site.dist) : syntheticSitePaths(scale);
    const { rules, seconds, cpuSeconds, problems } = measureHeaders(paths);
    results.push({
      scale,
      source: built ? 'built site' : 'synthetic paths',
      files: paths.length,
      rules,
      ruleLimit: HEADER_RULE_LIMIT,
      seconds,
      cpuSeconds,
      problems: problems.length,
    });
    console.log(
      `  ${scale}x: ${paths.length.toLocaleString('en')} files (${built ? 'built site' : 'synthetic paths'}), ${rules} rules of ${HEADER_RULE_LIMIT}, ` +
        `written and checked in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU)${problems.length ? `; ${problems.length} PROBLEMS, first: ${problems[0]}` : ''}`,
    );
  }
  return results;
}
