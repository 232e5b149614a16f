import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  RESPONSE_KINDS,
  headerFileProblems,
  headersFor,
  kindOf,
  patternMatches,
  renderHeadersFile,
  renderNginxSnippet,
  resolveHeaders,
  parseHeadersFile,
  urlPathOf,
} from '../../src/lib/security-headers';

/** A build in miniature: pages, a myth with its card images, hashed assets, the search index, root files. */
const BUILT_FILES = [
  'index.html', '404.html', 'favicon.svg', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml',
  'about/index.html', 'press/index.html', 'press/2018-campaign-launch/index.html', 'press/2018-campaign-launch/release.pdf',
  'myths/index.html', 'myths/risk/index.html', 'myths/risk/card.png', 'myths/risk/square.png',
  'myths/funding/index.html', 'myths/funding/card.png', 'myths/funding/square.png',
  '_astro/BaseLayout.BPk5pGQp.css', '_astro/QuickExit.Bubr8IdF.js', '_astro/inter-latin-400-normal.C38fXH4l.woff2',
  'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en.pagefind', 'pagefind/index/en_1.pf_index',
];
const PATHS = BUILT_FILES.map(urlPathOf);
const csp = headersFor('/')['Content-Security-Policy']!;

describe('the Content-Security-Policy', () => {
  it('runs only the site\'s own script files: no inline code, no eval; WebAssembly for Pagefind', () => {
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

  it('card images may be embedded and framed by other sites', () => {
    for (const path of ['/myths/risk/card.png', '/myths/risk/square.png', '/impact/method/card.png']) {
      const headers = headersFor(path);
      expect(headers['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
      expect(headers).not.toHaveProperty('Content-Security-Policy');
      expect(headers).not.toHaveProperty('X-Frame-Options');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(kindOf('/myths/risk/').name).toBe('page');
    expect(kindOf('/myths/risk/photo.png').name).toBe('page');
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

  it('gives every built file exactly its headers, none missing or sent twice', () => {
    expect(headerFileProblems(text, PATHS)).toEqual([]);
  });

  it('keeps card images free of the page policy although a myth page sits beside them', () => {
    const rules = parseHeadersFile(text);
    expect(resolveHeaders(rules, '/myths/risk/card.png')).not.toHaveProperty('Content-Security-Policy');
    expect(resolveHeaders(rules, '/myths/risk/')['Content-Security-Policy']).toBe(csp);
    expect(resolveHeaders(rules, '/_astro/QuickExit.Bubr8IdF.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('covers a whole folder with one rule where every file in it is of one kind', () => {
    const patterns = parseHeadersFile(text).map((rule) => rule.pattern);
    expect(patterns).toContain('/about/*');
    expect(patterns).toContain('/_astro/*');
    expect(patterns).toContain('/pagefind/*');
    expect(patterns).not.toContain('/myths/*');
    expect(patterns).toContain('/myths/risk/card.png');
    expect(patterns).toContain('/press/2018-campaign-launch/release.pdf');
    expect(patterns).not.toContain('/press/*');
  });

  it('names each path a careless rule would break (repeated headers are joined by the hosts)', () => {
    const careless = '/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';
    const problems = headerFileProblems(careless, ['/_astro/a.css']);
    expect(problems).toContain('/_astro/a.css: Cache-Control would be "no-cache, public, max-age=31536000, immutable", expected "public, max-age=31536000, immutable"');
  });

  it('matches paths as the hosts do', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/press/*', '/press/')).toBe(true);
    expect(patternMatches('/press/*', '/press')).toBe(true);
    expect(patternMatches('/press/*', '/pressroom/')).toBe(false);
    expect(patternMatches('/', '/about/')).toBe(false);
    expect(patternMatches('/myths/risk/', '/myths/risk')).toBe(true);
    expect(patternMatches('/myths/risk/', '/myths/risk/card.png')).toBe(false);
  });

  it('maps built files to the addresses they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('myths/risk/index.html')).toBe('/myths/risk/');
    expect(urlPathOf('myths/risk/card.png')).toBe('/myths/risk/card.png');
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
      expect(location).toBe(kind.path ? `~ ${kind.path.source.replaceAll('\\/', '/')}` : '/');
      const sent = Object.fromEntries([...body!.matchAll(/add_header (\S+) "(.*)" always;/g)].map((m) => [m[1], m[2]]));
      expect(sent).toEqual({ ...headersFor(kind.path ? probeFor(kind.name) : '/') });
    }
  });

  it('routes each path to the same kind as the _headers file does', () => {
    const regexes = [...snippet.matchAll(/^location ~ (\S+) \{/gm)].map((m) => new RegExp(m[1]!));
    for (const path of PATHS) {
      const index = regexes.findIndex((regex) => regex.test(path));
      const kind = index === -1 ? RESPONSE_KINDS.at(-1)! : RESPONSE_KINDS[index]!;
      expect(kind.name, path).toBe(kindOf(path).name);
    }
  });
});

function probeFor(kindName: string): string {
  return { 'hashed asset': '/_astro/a.js', 'card image': '/myths/risk/card.png', PDF: '/press/a/release.pdf' }[kindName] ?? '/';
}
