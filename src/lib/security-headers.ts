/**
 * The HTTP headers the site is served with: the one place they are written down. From this data
 * the build writes `_headers` for Netlify and Cloudflare Pages (src/integrations/security-headers.ts),
 * `npm run headers:nginx` writes deploy/nginx/security-headers.conf, and every page carries the
 * Content-Security-Policy in a <meta> element too, for hosts that cannot set headers.
 *
 * Every script and stylesheet is an external file from the site itself (astro.config.mjs turns
 * inlining off), so one policy without hashes or 'unsafe-inline' fits every page and every build.
 * No imports: Node runs this file directly in scripts/headers-nginx.ts.
 */

/** Content-Security-Policy of every page: only the site itself, nothing from any other origin. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // Pagefind compiles its WebAssembly search engine in the browser.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Pagefind fetches its index and runs in a web worker from /pagefind/.
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> policy may not carry (browsers ignore them there and say so in the console). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** Browser features the site never uses, all switched off. Only names Chromium knows: unknown ones log errors. */
const DENIED_FEATURES = [
  'accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media',
  'geolocation', 'gyroscope', 'hid', 'idle-detection', 'local-fonts', 'magnetometer', 'microphone', 'midi',
  'otp-credentials', 'payment', 'publickey-credentials-create', 'publickey-credentials-get', 'screen-wake-lock',
  'serial', 'usb', 'window-management', 'xr-spatial-tracking',
] as const;

const ONE_YEAR = 60 * 60 * 24 * 365;

export type HeaderSet = Readonly<Record<string, string>>;

/** Serialises a policy: `directive value value; directive value`. */
export function serialisePolicy(policy: Readonly<Record<string, readonly string[]>>, forMeta = false): string {
  return Object.entries(policy)
    .filter(([directive]) => !forMeta || !HEADER_ONLY_DIRECTIVES.has(directive))
    .map(([directive, values]) => [directive, ...values].join(' '))
    .join('; ');
}

/** The policy for the <meta http-equiv="Content-Security-Policy"> element of every page. */
export const META_CONTENT_SECURITY_POLICY = serialisePolicy(CONTENT_SECURITY_POLICY, true);

/** Sent with every response, whatever it is. */
export const COMMON_HEADERS: HeaderSet = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The git host the admin (/admin/) talks to from the browser, from the same environment variables
 * as src/lib/cms/backend.ts (CMS_BACKEND, CMS_BASE_URL, CMS_AUTH_URL): its API, and for GitHub the
 * OAuth proxy. Nothing when no host is configured.
 */
export function gitHostOrigins(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const origin = (url: string | undefined) => {
    try {
      return url ? [new URL(url.trim()).origin] : [];
    } catch {
      return [];
    }
  };
  const backend = env.CMS_BACKEND?.trim().toLowerCase();
  if (backend === 'forgejo' || backend === 'gitea') return origin(env.CMS_BASE_URL);
  if (backend === 'gitlab') return origin(env.CMS_BASE_URL || 'https://gitlab.com');
  if (backend === 'github') return [...origin(env.CMS_BASE_URL || 'https://api.github.com'), ...origin(env.CMS_AUTH_URL)];
  return [];
}

/**
 * The admin's own policy (issue #14), one separate rule: the public pages' policy is not touched.
 * Sveltia CMS needs no 'unsafe-eval'. It allows, beyond the pages' policy:
 * - style-src 'unsafe-inline': the CMS (Svelte) writes its styles into <style> elements and
 *   style attributes at run time;
 * - img-src data: blob: and connect-src data: : its logo and previews of pictures not yet saved;
 * - frame-src blob: : the preview pane is a frame the CMS writes itself;
 * - connect-src the git host's API (and GitHub's sign-in proxy), where saving and signing in go.
 * Everything else it loads (its code, fonts, icons, interface languages) comes from /admin/ itself.
 */
export function adminContentSecurityPolicy(env: Readonly<Record<string, string | undefined>> = process.env): Record<string, readonly string[]> {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'data:', ...gitHostOrigins(env)],
    'frame-src': ['blob:'],
    'object-src': ["'none'"],
    // The preview frame sets its base address to the site's.
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

/** A kind of response, the paths it covers, and the headers it adds to the common ones. */
export interface ResponseKind {
  name: string;
  /** Why these headers. */
  reason: string;
  /** Matches the URL path (also used as the nginx location, so it must be valid PCRE); none: everything else. */
  path?: RegExp;
  headers: HeaderSet;
}

/** The kinds of response, most specific first; the last one, without a path, covers everything else. */
export const RESPONSE_KINDS: readonly ResponseKind[] = [
  {
    name: 'hashed asset',
    reason: 'Scripts, styles and fonts built into /_astro/ carry a content hash in their name: they never change.',
    path: /^\/_astro\//,
    headers: {
      'Cache-Control': `public, max-age=${ONE_YEAR}, immutable`,
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  },
  {
    name: 'card image',
    reason: 'Myth and IMPACT cards are shared and embedded by other sites: any site may load and frame them.',
    path: /^\/(?:myths|impact)\/[^/]+\/(?:card|square)\.png$/,
    headers: {
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  },
  {
    name: 'PDF',
    reason: "Browsers show a PDF in a viewer page of their own, which a fetch policy breaks (crbug.com/271452): only framing is restricted.",
    path: /\.pdf$/,
    headers: {
      'Content-Security-Policy': serialisePolicy({ 'frame-ancestors': CONTENT_SECURITY_POLICY['frame-ancestors']! }),
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  },
  {
    // Issue #14: the admin's rule, kept apart from the pages' (see adminContentSecurityPolicy).
    name: 'admin',
    reason: 'The browser-based editor for campaign staff: its own policy, never indexed, never framed.',
    path: /^\/admin\//,
    headers: {
      'Content-Security-Policy': serialisePolicy(adminContentSecurityPolicy()),
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  },
  {
    name: 'page',
    reason: 'Pages, the search index and every other file: revalidated on each visit, never framed, same-origin only.',
    headers: {
      'Content-Security-Policy': serialisePolicy(CONTENT_SECURITY_POLICY),
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  },
];

/** The kind of response a URL path gets. */
export function kindOf(path: string): ResponseKind {
  return RESPONSE_KINDS.find((kind) => !kind.path || kind.path.test(path))!;
}

/** Every header a response for this path carries. */
export function headersFor(path: string): HeaderSet {
  return { ...COMMON_HEADERS, ...kindOf(path).headers };
}

/** The URL path a built file is served at: `myths/risk/index.html` → `/myths/risk/`. */
export function urlPathOf(file: string): string {
  const path = '/' + file.split(/[\\/]/).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** One block of a `_headers` file. */
export interface HeaderRule {
  pattern: string;
  headers: HeaderSet;
}

/**
 * The rules of a `_headers` file for these URL paths. Netlify and Cloudflare Pages apply every
 * rule that matches and join repeated headers with commas, so only the common headers go under
 * `/*`; the others are given by rules that never overlap: a whole folder (`/press/*`) where every
 * path in it is of one kind, single paths where kinds mix (a myth's page beside its card images).
 */
export function headerRules(paths: readonly string[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ pattern: '/*', headers: COMMON_HEADERS }];
  const visit = (folder: string, inside: readonly string[]) => {
    const kinds = new Set(inside.map((path) => kindOf(path)));
    if (folder !== '/' && kinds.size === 1) {
      rules.push({ pattern: `${folder}*`, headers: [...kinds][0]!.headers });
      return;
    }
    const subfolders = new Map<string, string[]>();
    for (const path of inside) {
      const rest = path.slice(folder.length);
      const slash = rest.indexOf('/');
      if (slash === -1) rules.push({ pattern: path, headers: kindOf(path).headers });
      else subfolders.set(rest.slice(0, slash), [...(subfolders.get(rest.slice(0, slash)) ?? []), path]);
    }
    for (const [name, paths] of subfolders) visit(`${folder}${name}/`, paths);
  };
  visit('/', [...new Set(paths)].sort());
  return rules;
}

/** The `_headers` file (Netlify, Cloudflare Pages) for these URL paths. */
export function renderHeadersFile(paths: readonly string[]): string {
  const blocks = headerRules(paths).map(
    (rule) => [rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Generated by the build from src/lib/security-headers.ts: do not edit.\n${blocks.join('\n')}\n`;
}

/** Whether a `_headers` pattern matches a path: `*` matches anything; `/press/` and `/press` are one address. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const alternative = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
  return new RegExp(`^${source}$`).test(path) || new RegExp(`^${source}$`).test(alternative);
}

/** The headers a host following Netlify's and Cloudflare's rules sends for a path: repeated names are joined. */
export function resolveHeaders(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    for (const [name, value] of Object.entries(rule.headers)) sent[name] = name in sent ? `${sent[name]}, ${value}` : value;
  }
  return sent;
}

/** Reads a `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (!rule || colon === -1) throw new Error(`_headers: a header line outside a rule, or without a colon: "${line}"`);
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * Checks what a host would send for each path against `headersFor`, and names every path that
 * would get a header missing, doubled or different. Empty when the file is right.
 */
export function headerFileProblems(text: string, paths: readonly string[]): string[] {
  const rules = parseHeadersFile(text);
  const problems: string[] = [];
  for (const path of paths) {
    const sent = resolveHeaders(rules, path);
    const expected = headersFor(path);
    for (const name of new Set([...Object.keys(sent), ...Object.keys(expected)])) {
      if (sent[name] !== expected[name]) {
        problems.push(`${path}: ${name} would be "${sent[name] ?? '(not sent)'}", expected "${expected[name] ?? '(not sent)'}"`);
      }
    }
  }
  return problems;
}

/** A path pattern as an nginx location regex: PCRE needs no escaped slashes, and it must not need quoting. */
function nginxRegex(path: RegExp): string {
  const source = path.source.replaceAll('\\/', '/');
  if (/[\s{};"']/.test(source)) throw new Error(`The path pattern ${path} cannot be an unquoted nginx location.`);
  return source;
}

/** The nginx snippet: one location per kind of response, each with all of its headers. */
export function renderNginxSnippet(): string {
  const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
  const blocks = RESPONSE_KINDS.map((kind) => {
    const headers = Object.entries({ ...COMMON_HEADERS, ...kind.headers })
      .map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)
      .join('\n');
    const location = kind.path ? `location ~ ${nginxRegex(kind.path)}` : 'location /';
    return `# ${kind.name}: ${kind.reason}\n${location} {\n${headers}\n}`;
  });
  return [
    '# Security and cache headers of the Responsible Together site, for nginx.',
    '# Generated from src/lib/security-headers.ts by `npm run headers:nginx`: do not edit by hand.',
    '# Include it inside the server { } block that serves dist/ (see README, "Security headers").',
    '# nginx drops inherited add_header lines in any location that sets its own, so each location',
    '# below lists all of its headers; the server block must not declare these locations again.',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
