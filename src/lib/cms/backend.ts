/**
 * Which git host the admin (/admin/) talks to, read from environment variables at build time.
 * Without them the build still writes /admin/, as a page that says how to configure it.
 *
 *   CMS_BACKEND   forgejo | gitea | gitlab | github   (Forgejo speaks Gitea's API)
 *   CMS_REPO      owner/name of the site's repository on that host
 *   CMS_BRANCH    branch the site is built from (default: main)
 *   CMS_BASE_URL  address of a self-hosted Forgejo, Gitea or GitLab, e.g. https://git.example.org
 *   CMS_APP_ID    client ID of the OAuth application (Forgejo, Gitea, GitLab: login with PKCE)
 *   CMS_AUTH_URL  GitHub only: the OAuth proxy that holds the client secret (GitHub has no PKCE
 *                 for OAuth apps used from a browser); without it editors sign in with a token
 */
import { gitHostOrigins } from '#src/lib/security/headers.ts';

/** The git hosts the admin can use; `test-repo` is the CMS's in-browser test repository (tests only). */
const CMS_BACKENDS = ['forgejo', 'gitea', 'gitlab', 'github'] as const;

/** The `backend` block of the CMS configuration. */
export interface CmsBackend {
  name: 'gitea' | 'gitlab' | 'github' | 'test-repo';
  repo?: string;
  branch?: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'pkce';
  auth_endpoint?: string;
  [option: string]: unknown;
}

/** What was configured, or why the admin cannot work yet. */
export type BackendSetup = { ok: true; backend: CmsBackend; apiOrigins: string[] } | { ok: false; problems: string[] };

type Env = Readonly<Record<string, string | undefined>>;

const REPO = /^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/;

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the git host from the environment; every problem is named with the variable to set. */
export function backendFromEnv(env: Env): BackendSetup {
  const name = env.CMS_BACKEND?.trim().toLowerCase();
  if (!name) return { ok: false, problems: ['CMS_BACKEND is not set: set it to forgejo, gitea, gitlab or github.'] };
  const problems: string[] = [];
  if (!(CMS_BACKENDS as readonly string[]).includes(name))
    problems.push(`CMS_BACKEND is "${env.CMS_BACKEND}": expected one of ${CMS_BACKENDS.join(', ')}.`);
  const repo = env.CMS_REPO?.trim();
  if (!repo || !REPO.test(repo))
    problems.push(
      `CMS_REPO is ${repo ? `"${repo}"` : 'not set'}: expected the repository as owner/name, e.g. wwp-en/responsible-together.`,
    );
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const baseUrl = env.CMS_BASE_URL?.trim().replace(/\/$/, '');
  const baseOrigin = baseUrl ? originOf(baseUrl) : undefined;
  if (baseUrl && !baseOrigin) problems.push(`CMS_BASE_URL is "${baseUrl}": expected an https:// address such as https://git.example.org.`);
  const appId = env.CMS_APP_ID?.trim();
  const authUrl = env.CMS_AUTH_URL?.trim().replace(/\/$/, '');
  if (authUrl && !originOf(authUrl)) problems.push(`CMS_AUTH_URL is "${authUrl}": expected an https:// address.`);

  if (name === 'forgejo' || name === 'gitea') {
    if (!baseUrl)
      problems.push(
        `CMS_BASE_URL is not set: give the address of your ${name === 'forgejo' ? 'Forgejo' : 'Gitea'}, e.g. https://git.example.org.`,
      );
    if (!appId) problems.push('CMS_APP_ID is not set: give the client ID of the OAuth application created on the git host.');
  }
  if (name === 'gitlab' && !appId) problems.push('CMS_APP_ID is not set: give the Application ID of the GitLab OAuth application.');
  if (problems.length) return { ok: false, problems };

  if (name === 'forgejo' || name === 'gitea') {
    return {
      ok: true,
      backend: { name: 'gitea', repo, branch, base_url: baseUrl, api_root: `${baseUrl}/api/v1`, app_id: appId },
      apiOrigins: gitHostOrigins(env),
    };
  }
  if (name === 'gitlab') {
    const host = baseUrl ?? 'https://gitlab.com';
    return {
      ok: true,
      backend: { name: 'gitlab', repo, branch, base_url: host, api_root: `${host}/api/v4`, app_id: appId, auth_type: 'pkce' },
      apiOrigins: gitHostOrigins(env),
    };
  }
  const github: CmsBackend = { name: 'github', repo, branch };
  if (baseUrl) github.api_root = `${baseUrl}/api/v3`;
  if (authUrl) github.base_url = authUrl;
  return { ok: true, backend: github, apiOrigins: gitHostOrigins(env) };
}

/**
 * Under `npm run dev` without a git host: the CMS offers "Work with Local Repository" on
 * localhost (Chrome or Edge), which reads and writes the checkout's files directly. It needs a
 * git backend in the configuration, but never contacts it in that mode.
 */
export const LOCAL_CHECKOUT_BACKEND: CmsBackend = { name: 'github', repo: 'local/checkout', branch: 'main' };
