/**
 * The HTTP headers the site is served with: the one place they are written down. From this data
 * the build writes `_headers` for Netlify and Cloudflare Pages (src/integrations/security-headers.ts),
 * `npm run headers:nginx` writes deploy/nginx/security-headers.conf, and every page carries the
 * Content-Security-Policy in a <meta> element too, for hosts that cannot set headers.
 *
 * Every script and stylesheet is an external file from the site itself (astro.config.mjs turns
 * inlining off), so one policy without hashes or 'unsafe-inline' fits every page and every build.
 * It imports only src/env.ts: Node runs this file directly in scripts/headers-nginx.ts.
 *
 * To add a kind of response (say the CMS under /admin/, with a policy of its own), add one entry
 * to RESPONSE_KINDS above the last one: a name, the reason, the URL paths it covers as a regular
 * expression (`path: /^\/admin\//`, also used as the nginx location, so plain PCRE) and the
 * headers it adds to COMMON_HEADERS. Give it a policy object of its own next to
 * CONTENT_SECURITY_POLICY (serialisePolicy writes it) rather than loosening that one: the
 * public site's policy stays as strict (a page that also carries the site's <meta> policy gets
 * both, and browsers enforce both). Kinds are tried in order, the first whose path matches wins.
 * Then run `npm run headers:nginx` and commit
 * deploy/nginx/security-headers.conf. The `_headers` rules follow by themselves: they are worked
 * out from the built files and each file's kind, and the build checks every file against them.
 */
import { ENV, type Env } from '#src/env.ts';

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

/**
 * Browser features the site never uses, all switched off. Only names browsers know: Chromium
 * warns about an unknown name on every page (it does not know `bluetooth`), and the nginx
 * browser test fails on that warning.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
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
export function gitHostOrigins(env: Env = ENV): string[] {
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
export function adminContentSecurityPolicy(env: Env = ENV): Record<string, readonly string[]> {
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
    reason: 'Myth cards in every language and IMPACT cards are shared and embedded by other sites: any site may load and frame them.',
    // /myths/<slug>/card.png, /de/myths/<slug>/square.png, /impact/<slug>/card.png
    path: /^\/(?:[a-z]{2,3}\/)?(?:myths|impact)\/[^/]+\/(?:card|square)\.png$/,
    headers: {
      'Cache-Control': 'no-cache',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  },
  {
    name: 'PDF',
    reason:
      'Browsers show a PDF in a viewer page of their own, which a fetch policy breaks (crbug.com/271452): only framing is restricted.',
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
export function kindOf(path: string, kinds: readonly ResponseKind[] = RESPONSE_KINDS): ResponseKind {
  return kinds.find((kind) => !kind.path || kind.path.test(path))!;
}

/** Every header a response for this path carries. */
export function headersFor(path: string, kinds: readonly ResponseKind[] = RESPONSE_KINDS): HeaderSet {
  return { ...COMMON_HEADERS, ...kindOf(path, kinds).headers };
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

/** Cloudflare Pages reads at most this many rules from `_headers` (Netlify documents no limit). */
export const HEADER_RULE_LIMIT = 100;

/** The built files below one folder, as a tree: its own page, its files, its folders. */
interface Folder {
  index?: ResponseKind;
  files: Map<string, ResponseKind>;
  folders: Map<string, Folder>;
  /** Every kind in this folder and below. */
  kinds: Set<ResponseKind>;
  /** The extensions of the files in its folders (not its own). */
  deeper: Set<string>;
}

/** A rule relative to a folder: `''` its page, `'*'` everything in it, `'*.pdf'`, `'card.png'`, `':p2/'`, … */
type RelativeRule = readonly [pattern: string, kind: ResponseKind];

const emptyFolder = (): Folder => ({ files: new Map(), folders: new Map(), kinds: new Set(), deeper: new Set() });

function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

/** Adds a path (relative to the folder, split at slashes; `''` last for a page) with its kind. */
function addPath(folder: Folder, segments: readonly string[], kind: ResponseKind): boolean {
  folder.kinds.add(kind);
  const [first, ...rest] = segments;
  if (rest.length === 0) {
    const known = first === '' ? folder.index : folder.files.get(first!);
    if (known && known !== kind) return false;
    if (first === '') folder.index = kind;
    else folder.files.set(first!, kind);
    return true;
  }
  if (!folder.folders.has(first!)) folder.folders.set(first!, emptyFolder());
  const extension = extensionOf(rest.at(-1)!);
  if (extension) folder.deeper.add(extension);
  return addPath(folder.folders.get(first!)!, rest, kind);
}

/** Every path below a folder, relative to it, with its kind (to merge sibling folders). */
function* entriesOf(folder: Folder, prefix: string[] = []): Generator<[string[], ResponseKind]> {
  if (folder.index) yield [[...prefix, ''], folder.index];
  for (const [name, kind] of folder.files) yield [[...prefix, name], kind];
  for (const [name, sub] of folder.folders) yield* entriesOf(sub, [...prefix, name]);
}

/**
 * The fewest rules (within reason) that give every path below `folder` its kind and no path two
 * kinds. A folder of one kind is one rule (`*`). Otherwise its page and its files get a rule each,
 * files of one extension that occurs nowhere deeper one rule together (`*.pdf`), and its folders
 * either a rule set each or, when they hold the same kinds at the same relative places (one
 * folder per myth: its page and two cards), one rule set for all with a placeholder (`:p2/`);
 * folders holding only their page share one rule (`/:p1/`: about, get-help, …) when the pages of
 * the others are of that kind too. Netlify ignores a trailing slash, so there `/press/:p2/*` also
 * matches `/press/a.pdf`: with `exactOnNetlify`, folders beside files are never merged. Each level
 * does work in proportion to the files below it, so the whole is linear in the files.
 */
function folderRules(
  folder: Folder,
  depth: number,
  exactOnNetlify: boolean,
  options: { splat?: boolean; ownPage?: boolean } = {},
): RelativeRule[] {
  const { splat = true, ownPage = true } = options;
  if (folder.kinds.size === 1 && splat && (ownPage || !folder.index)) return [['*', [...folder.kinds][0]!]];
  const rules: RelativeRule[] = [];
  if (folder.index && ownPage) rules.push(['', folder.index]);

  const byExtension = new Map<string | undefined, [string, ResponseKind][]>();
  for (const [name, kind] of folder.files) {
    const extension = extensionOf(name);
    if (!byExtension.has(extension)) byExtension.set(extension, []);
    byExtension.get(extension)!.push([name, kind]);
  }
  for (const [extension, files] of byExtension) {
    const kinds = new Set(files.map(([, kind]) => kind));
    if (extension && kinds.size === 1 && !folder.deeper.has(extension)) rules.push([`*.${extension}`, [...kinds][0]!]);
    else for (const [name, kind] of files) rules.push([name, kind]);
  }

  // On Netlify `a/*` also matches `a.pdf` and `ab/`: such a folder gets no splat there.
  const names = [...folder.files.keys(), ...folder.folders.keys()].sort();
  const prefixOfNext = new Set(names.filter((name, i) => names[i + 1]?.startsWith(name)));
  const splatFor = (name: string) => !(exactOnNetlify && prefixOfNext.has(name));
  const under = (name: string, relative: RelativeRule[]) => relative.map(([pattern, kind]): RelativeRule => [`${name}/${pattern}`, kind]);

  const eachFolder = () =>
    [...folder.folders].flatMap(([name, sub]) => under(name, folderRules(sub, depth + 1, exactOnNetlify, { splat: splatFor(name) })));
  const candidates: RelativeRule[][] = [];
  if (folder.folders.size > 1 && !(exactOnNetlify && folder.files.size > 0)) {
    // The root's folders are the site's sections, each of its own sort: they are never merged
    // (that would name hashed asset files); below, merged only when that at least halves the rules.
    const merged = depth > 1 ? mergedRules([...folder.folders.values()], depth, exactOnNetlify) : undefined;
    // Each folder gives at least one rule: with this many, merging halves them without counting.
    if (merged && folder.folders.size >= 2 * merged.length) candidates.push(merged);
    else {
      const each = eachFolder();
      candidates.push(each);
      if (merged && merged.length * 2 <= each.length) candidates.push(merged);
    }
    const pageOnly = new Set([...folder.folders.values()].filter((sub) => sub.index && sub.files.size === 0 && sub.folders.size === 0));
    const pageKinds = new Set([...folder.folders.values()].flatMap((sub) => (sub.index ? [sub.index] : [])));
    if (pageOnly.size > 1 && pageKinds.size === 1) {
      candidates.push([
        [`:p${depth}/`, [...pageKinds][0]!],
        ...[...folder.folders]
          .filter(([, sub]) => !pageOnly.has(sub))
          .flatMap(([name, sub]) => under(name, folderRules(sub, depth + 1, exactOnNetlify, { splat: splatFor(name), ownPage: false }))),
      ]);
    }
  } else candidates.push(eachFolder());
  rules.push(...candidates.reduce((best, option) => (option.length < best.length ? option : best)));
  return rules;
}

/** One rule set for several sibling folders under a placeholder, or none when they disagree. */
function mergedRules(folders: readonly Folder[], depth: number, exactOnNetlify: boolean): RelativeRule[] | undefined {
  const union = emptyFolder();
  for (const folder of folders) {
    for (const [segments, kind] of entriesOf(folder)) if (!addPath(union, segments, kind)) return undefined;
  }
  return folderRules(union, depth + 1, exactOnNetlify).map(([pattern, kind]) => [`:p${depth}/${pattern}`, kind]);
}

/**
 * The rules of a `_headers` file for these URL paths. Netlify and Cloudflare Pages apply every
 * rule that matches and join repeated headers with commas, so only the common headers go under
 * `/*` and the others come from rules that never overlap, by kind and URL pattern (see
 * folderRules): their number follows the site's kinds of pages, not its number of files. The
 * rules are exact on both hosts while that fits in Cloudflare's limit; past it, exact on
 * Cloudflare Pages, and on Netlify the files beside merged folders (`/press/<slug>.pdf` beside
 * `/press/<slug>/`) also get those folders' headers (netlifyOverlaps names them).
 */
export function headerRules(paths: readonly string[], kinds: readonly ResponseKind[] = RESPONSE_KINDS): HeaderRule[] {
  const root = emptyFolder();
  for (const path of new Set(paths)) {
    if (!path.startsWith('/')) throw new Error(`Not a URL path: "${path}"`);
    addPath(root, path.slice(1).split('/'), kindOf(path, kinds));
  }
  if (root.kinds.size === 1) return [{ pattern: '/*', headers: { ...COMMON_HEADERS, ...[...root.kinds][0]!.headers } }];
  const rulesOf = (exactOnNetlify: boolean): HeaderRule[] => [
    { pattern: '/*', headers: COMMON_HEADERS },
    ...folderRules(root, 1, exactOnNetlify).map(([pattern, kind]) => ({ pattern: `/${pattern}`, headers: kind.headers })),
  ];
  const exact = rulesOf(true);
  return exact.length <= HEADER_RULE_LIMIT ? exact : rulesOf(false);
}

/** The `_headers` file (Netlify, Cloudflare Pages) for these URL paths. */
export function renderHeadersFile(paths: readonly string[], kinds: readonly ResponseKind[] = RESPONSE_KINDS): string {
  const blocks = headerRules(paths, kinds).map((rule) =>
    [rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Generated by the build from src/lib/security/headers.ts: do not edit.\n${blocks.join('\n')}\n`;
}

/** Escapes text for a regular expression, also in `u` mode (where `\-` is not allowed). */
const escapeRegex = (text: string) => text.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&').replaceAll('-', '\\x2d');

/**
 * How each host matches a `_headers` pattern against a URL path, as their own code does.
 * Cloudflare Pages (workers-sdk, generateRuleRegExp): the whole path, `*` any characters,
 * `:name` any characters but `/`. Netlify (@netlify/headers-parser, getForRegExp): segment by
 * segment, case-insensitive, a trailing slash optional, `:name` a whole segment, a lone `*`
 * anything (the slash before it optional), `*` inside a segment any characters.
 */
export const HOSTS = {
  'Cloudflare Pages': (pattern: string): RegExp =>
    new RegExp(
      `^${pattern
        .split('*')
        .map(escapeRegex)
        .join('.*')
        .replace(/:([A-Za-z]\w*)/g, '[^/]+')}$`,
    ),
  Netlify: (pattern: string): RegExp => {
    const parts = pattern
      .split('/')
      .map((part) => part.trimEnd())
      .filter(Boolean)
      .map((part) =>
        part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.includes('*') ? part.replaceAll('*', '(.*)') : escapeRegex(part),
      );
    return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
  },
} as const;
export type Host = keyof typeof HOSTS;

/** The headers a host sends for each path under these rules: repeated names are joined, as the hosts do. */
export function resolveHeaders(rules: readonly HeaderRule[], paths: readonly string[], host: Host): Map<string, Record<string, string>> {
  const compiled = rules.map((rule) => ({ regex: HOSTS[host](rule.pattern), headers: Object.entries(rule.headers) }));
  const sent = new Map<string, Record<string, string>>();
  for (const path of paths) {
    const headers: Record<string, string> = {};
    for (const rule of compiled) {
      if (!rule.regex.test(path)) continue;
      for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    sent.set(path, headers);
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
 * Checks what each host would send for each path against `headersFor`, and names every path that
 * would get a header missing, doubled or different, and a file over the hosts' limits. Empty when
 * the file is right. Linear in the number of paths: the rules are few.
 */
export function headerFileProblems(
  text: string,
  paths: readonly string[],
  hosts: readonly Host[] = Object.keys(HOSTS) as Host[],
  kinds: readonly ResponseKind[] = RESPONSE_KINDS,
): string[] {
  const rules = parseHeadersFile(text);
  const problems: string[] = [];
  if (rules.length > HEADER_RULE_LIMIT)
    problems.push(`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${HEADER_RULE_LIMIT}.`);
  const long = text.split('\n').find((line) => line.length > 2000);
  if (long) problems.push(`_headers has a line over 2,000 characters, more than Cloudflare Pages reads: "${long.slice(0, 60)}…"`);
  for (const host of hosts) {
    for (const [path, sent] of resolveHeaders(rules, paths, host)) {
      const expected = headersFor(path, kinds);
      for (const name of new Set([...Object.keys(sent), ...Object.keys(expected)])) {
        if (sent[name] !== expected[name]) {
          problems.push(`${host}, ${path}: ${name} would be "${sent[name] ?? '(not sent)'}", expected "${expected[name] ?? '(not sent)'}"`);
        }
      }
    }
  }
  return problems;
}

/** A path pattern as an nginx location regex: PCRE needs no escaped slashes; quoted when it has braces or spaces. */
function nginxRegex(path: RegExp): string {
  const source = path.source.replaceAll('\\/', '/');
  if (/["'\n]/.test(source)) throw new Error(`The path pattern ${path} cannot be an nginx location: it has a quote or a line break.`);
  return /[\s{};]/.test(source) ? `"${source}"` : source;
}

/** The nginx snippet: one location per kind of response, each with all of its headers. */
export function renderNginxSnippet(kinds: readonly ResponseKind[] = RESPONSE_KINDS): string {
  const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
  const blocks = kinds.map((kind) => {
    const headers = Object.entries({ ...COMMON_HEADERS, ...kind.headers })
      .map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)
      .join('\n');
    const location = kind.path ? `location ~ ${nginxRegex(kind.path)}` : 'location /';
    return `# ${kind.name}: ${kind.reason}\n${location} {\n${headers}\n}`;
  });
  return [
    '# Security and cache headers of the Responsible Together site, for nginx.',
    '# Generated from src/lib/security/headers.ts by `npm run headers:nginx`: do not edit by hand.',
    '# Include it inside the server { } block that serves dist/ (see README, "Security headers").',
    '# nginx drops inherited add_header lines in any location that sets its own, so each location',
    '# below lists all of its headers; the server block must not declare these locations again.',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
