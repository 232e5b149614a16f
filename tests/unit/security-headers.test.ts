import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  COMMON_HEADERS,
  DENIED_FEATURES,
  HEADER_RULE_LIMIT,
  HOSTS,
  META_CONTENT_SECURITY_POLICY,
  RESPONSE_KINDS,
  headerFileProblems,
  headerRules,
  headersFor,
  kindOf,
  renderHeadersFile,
  renderNginxSnippet,
  resolveHeaders,
  parseHeadersFile,
  serialisePolicy,
  urlPathOf,
  type ResponseKind,
} from '#src/lib/security/headers.ts';
import { syntheticSitePaths } from '../../scripts/bench/headers-at-scale.ts';

/** A build in miniature: pages, a myth with its card images, hashed assets, the search index, root files. */
const BUILT_FILES = [
  'index.html',
  '404.html',
  'favicon.svg',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'about/index.html',
  'press/index.html',
  'press/2018-campaign-launch/index.html',
  'myths/index.html',
  'myths/risk/index.html',
  'myths/risk/card.png',
  'myths/risk/square.png',
  'myths/funding/index.html',
  'myths/funding/card.png',
  'myths/funding/square.png',
  'de/index.html',
  'de/myths/index.html',
  'de/myths/risk/index.html',
  'de/myths/risk/card.png',
  'de/myths/risk/square.png',
  'press/2018-campaign-launch.pdf',
  'press/2018-campaign-launch.txt',
  'press/rss.xml',
  'press/media/index.html',
  '_astro/BaseLayout.BPk5pGQp.css',
  '_astro/QuickExit.Bubr8IdF.js',
  '_astro/inter-latin-400-normal.C38fXH4l.woff2',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_1.pf_index',
];
const PATHS = BUILT_FILES.map(urlPathOf);
const csp = headersFor('/')['Content-Security-Policy']!;

describe('the Content-Security-Policy', () => {
  it("runs only the site's own script files: no inline code, no eval; WebAssembly for Pagefind", () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('allows nothing from another origin: every source is the site itself or nothing', () => {
    const sources = Object.values(CONTENT_SECURITY_POLICY).flat();
    expect(new Set(sources)).toEqual(new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]));
    expect(csp).toMatch(/^default-src 'none';/);
  });

  it('forbids plugins, framing and foreign form targets, and pins the base URL', () => {
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
  });

  it('leaves out of the <meta> copy what only a header can carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(csp.replace(/; frame-ancestors 'none'/, '')).toBe(META_CONTENT_SECURITY_POLICY);
  });
});

describe('the headers of each kind of response', () => {
  it('pages: policy, no framing, no referrer, no sniffing, HSTS, features off, revalidated', () => {
    for (const path of ['/', '/myths/risk/', '/404.html', '/search/']) {
      const headers = headersFor(path);
      expect(headers['Content-Security-Policy'], path).toBe(csp);
      expect(headers['X-Frame-Options']).toBe('DENY');
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
      expect(headers['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/);
      expect(headers['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/);
      expect(headers['Cache-Control']).toBe('no-cache');
      expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
    }
  });

  it('hashed assets are cached for a year and never revalidated', () => {
    expect(headersFor('/_astro/BaseLayout.BPk5pGQp.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('the search index is revalidated: its file names do not change between builds', () => {
    expect(headersFor('/pagefind/pagefind.js')['Cache-Control']).toBe('no-cache');
  });

  it('card images in every language may be embedded and framed by other sites', () => {
    for (const path of [
      '/myths/risk/card.png',
      '/myths/risk/square.png',
      '/impact/method/card.png',
      '/de/myths/risk/card.png',
      '/pl/myths/risk/square.png',
    ]) {
      const headers = headersFor(path);
      expect(headers['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
      expect(headers, path).not.toHaveProperty('Content-Security-Policy');
      expect(headers).not.toHaveProperty('X-Frame-Options');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(kindOf('/myths/risk/').name).toBe('page');
    expect(kindOf('/de/myths/risk/').name).toBe('page');
    expect(kindOf('/myths/risk/photo.png').name).toBe('page');
  });

  it('switches off only features browsers know (Chromium warns about bluetooth on every page)', () => {
    expect(DENIED_FEATURES).not.toContain('bluetooth');
    expect(COMMON_HEADERS['Permissions-Policy']).toBe(DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '));
  });

  it("PDFs open in the browser's own viewer: only framing is restricted, no fetch policy", () => {
    const headers = headersFor('/press/2018-campaign-launch/release.pdf');
    expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});

describe('the _headers file for Netlify and Cloudflare Pages', () => {
  const text = renderHeadersFile(PATHS);
  const rules = parseHeadersFile(text);
  const sent = (host: keyof typeof HOSTS, path: string) => resolveHeaders(rules, [path], host).get(path)!;

  it('gives every built file exactly its headers on both hosts, none missing or sent twice', () => {
    expect(headerFileProblems(text, PATHS)).toEqual([]);
  });

  it('keeps card images free of the page policy although a myth page sits beside them', () => {
    for (const host of ['Cloudflare Pages', 'Netlify'] as const) {
      expect(sent(host, '/myths/risk/card.png'), host).not.toHaveProperty('Content-Security-Policy');
      expect(sent(host, '/de/myths/risk/card.png')['Cross-Origin-Resource-Policy'], host).toBe('cross-origin');
      expect(sent(host, '/myths/risk/')['Content-Security-Policy'], host).toBe(csp);
      expect(sent(host, '/_astro/QuickExit.Bubr8IdF.js')['Cache-Control'], host).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has rules by folder and URL pattern, not by file', () => {
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).toContain('/_astro/*');
    expect(patterns).toContain('/pagefind/*');
    expect(patterns).toContain('/press/*.pdf');
    expect(patterns).not.toContain('/press/2018-campaign-launch.pdf');
    expect(patterns).not.toContain('/myths/risk/card.png');
  });

  it('names each path a careless rule would break (repeated headers are joined by the hosts)', () => {
    const careless = '/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';
    const problems = headerFileProblems(careless, ['/_astro/a.css'], ['Cloudflare Pages']);
    expect(problems).toContain(
      'Cloudflare Pages, /_astro/a.css: Cache-Control would be "no-cache, public, max-age=31536000, immutable", expected "public, max-age=31536000, immutable"',
    );
  });

  it('matches paths as each host does', () => {
    const matches = (host: keyof typeof HOSTS, pattern: string, path: string) => HOSTS[host](pattern).test(path);
    expect(matches('Cloudflare Pages', '/*', '/')).toBe(true);
    expect(matches('Cloudflare Pages', '/press/*', '/press/')).toBe(true);
    expect(matches('Cloudflare Pages', '/press/:slug/', '/press/a/')).toBe(true);
    expect(matches('Cloudflare Pages', '/press/:slug/', '/press/a.pdf')).toBe(false);
    expect(matches('Cloudflare Pages', '/myths/:slug/*.png', '/myths/risk/card.png')).toBe(true);
    expect(matches('Cloudflare Pages', '/myths/:slug/*.png', '/myths/risk/')).toBe(false);
    // Netlify: a trailing slash is optional, and a lone * follows an optional slash.
    expect(matches('Netlify', '/press/:slug/', '/press/a.pdf')).toBe(true);
    expect(matches('Netlify', '/press/a/*', '/press/a.txt')).toBe(true);
    expect(matches('Netlify', '/press/*', '/press')).toBe(true);
    expect(matches('Netlify', '/', '/about/')).toBe(false);
    expect(matches('Netlify', '/myths/:slug/card.png', '/myths/risk/card.png')).toBe(true);
  });

  it('maps built files to the addresses they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('myths/risk/index.html')).toBe('/myths/risk/');
    expect(urlPathOf('myths/risk/card.png')).toBe('/myths/risk/card.png');
  });
});

describe('the _headers file at 1x, 10x and 100x the content', () => {
  const kindCounts = (paths: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const path of paths) counts.set(kindOf(path).name, (counts.get(kindOf(path).name) ?? 0) + 1);
    return counts;
  };

  it.each([1, 10, 100])("%ix: within Cloudflare's 100 rules, every file exactly its headers", (scale) => {
    const paths = syntheticSitePaths(scale);
    const text = renderHeadersFile(paths);
    expect(parseHeadersFile(text).length).toBeLessThanOrEqual(HEADER_RULE_LIMIT);
    expect(headerFileProblems(text, paths, ['Cloudflare Pages'])).toEqual([]);
    if (scale === 100) {
      // More than 100 files of each kind: the rules cannot be one per file.
      // (The admin, issue #14, is a fixed set of files that does not grow with the content.)
      for (const kind of RESPONSE_KINDS.filter((k) => k.name !== 'admin'))
        expect(kindCounts(paths).get(kind.name), kind.name).toBeGreaterThan(100);
    }
  });

  it("is exact on Netlify too while that fits within the limit (today's site)", () => {
    const paths = syntheticSitePaths(1);
    expect(headerFileProblems(renderHeadersFile(paths), paths, ['Netlify'])).toEqual([]);
  });

  it('has the same rules at 10x and 100x: they follow the kinds of page, not the files', () => {
    expect(headerRules(syntheticSitePaths(100)).map((rule) => rule.pattern)).toEqual(
      headerRules(syntheticSitePaths(10)).map((rule) => rule.pattern),
    );
  });
});

describe('adding a kind of response (e.g. a CMS under /admin/ with its own policy)', () => {
  const adminPolicy = serialisePolicy({ ...CONTENT_SECURITY_POLICY, 'style-src': ["'self'", "'unsafe-inline'"] });
  const admin: ResponseKind = {
    name: 'admin',
    reason: 'The CMS needs inline styles.',
    path: /^\/admin\//,
    headers: { ...RESPONSE_KINDS.at(-1)!.headers, 'Content-Security-Policy': adminPolicy },
  };
  const kinds = [admin, ...RESPONSE_KINDS];
  const paths = [...PATHS, '/admin/', '/admin/config.yml'];

  it('is one entry: _headers and nginx follow, and the public policy stays as strict', () => {
    const text = renderHeadersFile(paths, kinds);
    expect(headerFileProblems(text, paths, undefined, kinds)).toEqual([]);
    const rules = parseHeadersFile(text);
    expect(resolveHeaders(rules, ['/admin/'], 'Cloudflare Pages').get('/admin/')!['Content-Security-Policy']).toBe(adminPolicy);
    expect(resolveHeaders(rules, ['/about/'], 'Cloudflare Pages').get('/about/')!['Content-Security-Policy']).toBe(csp);
    expect(renderNginxSnippet(kinds)).toContain('location ~ ^/admin/ {');
  });
});

describe('the nginx snippet', () => {
  const snippet = renderNginxSnippet();

  it('is committed exactly as the generator writes it (run `npm run headers:nginx` after changing the headers)', () => {
    expect(readFileSync('deploy/nginx/security-headers.conf', 'utf8')).toBe(snippet);
  });

  it('has one location per kind of response, each with all of its headers, also on error responses', () => {
    const locations = [...snippet.matchAll(/^location (.+) \{\n([\s\S]*?)\n\}/gm)];
    expect(locations).toHaveLength(RESPONSE_KINDS.length);
    for (const [[, location, body], kind] of locations.map((l, i) => [l, RESPONSE_KINDS[i]!] as const)) {
      expect(location?.replace(/^~ "(.*)"$/, '~ $1')).toBe(kind.path ? `~ ${kind.path.source.replaceAll('\\/', '/')}` : '/');
      const sent = Object.fromEntries([...body!.matchAll(/add_header (\S+) "(.*)" always;/g)].map((m) => [m[1], m[2]]));
      expect(sent).toEqual({ ...headersFor(kind.path ? probeFor(kind.name) : '/') });
    }
  });

  it('routes each path to the same kind as the _headers file does', () => {
    const regexes = [...snippet.matchAll(/^location ~ "?([^"\s]+)"? \{/gm)].map((m) => new RegExp(m[1]!));
    for (const path of PATHS) {
      const index = regexes.findIndex((regex) => regex.test(path));
      const kind = index === -1 ? RESPONSE_KINDS.at(-1)! : RESPONSE_KINDS[index]!;
      expect(kind.name, path).toBe(kindOf(path).name);
    }
  });
});

function probeFor(kindName: string): string {
  return (
    { 'hashed asset': '/_astro/a.js', 'card image': '/myths/risk/card.png', PDF: '/press/a/release.pdf', admin: '/admin/' }[kindName] ?? '/'
  );
}

describe('the example nginx configuration (deploy/nginx/responsible-together.conf)', () => {
  const config = readFileSync('deploy/nginx/responsible-together.conf', 'utf8');
  const servers = config.split(/^server \{$/m).slice(1);

  it('has a port-80 server that sends visitors to HTTPS, and the HTTPS server with the header snippet', () => {
    expect(servers).toHaveLength(2);
    expect(servers[0]).toMatch(/^\s*listen 80;$/m);
    expect(servers[0]).toMatch(/^\s*return 301 https:\/\/\$host\$request_uri;$/m);
    expect(servers[1]).toMatch(/^\s*listen 443 ssl;$/m);
    expect(servers[1]).toMatch(/^\s*include \S+\/deploy\/nginx\/security-headers\.conf;$/m);
  });

  it('keeps no access log and does not log missing files in either server, but logs errors', () => {
    for (const server of servers) {
      expect(server).toMatch(/^\s*access_log off;$/m);
      expect(server).toMatch(/^\s*log_not_found off;$/m);
      expect(server).toMatch(/^\s*error_log \S+ error;$/m);
      expect(server).not.toMatch(/^\s*access_log (?!off;)/m);
    }
  });
});
