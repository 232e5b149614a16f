/**
 * Serves dist/ through a real nginx with the committed example configuration
 * (deploy/nginx/responsible-together.conf and the generated header snippet it includes), for the
 * browser tests. Only what a test machine cannot have is swapped: the site's root, the ports
 * (80 and 443 become `ports.redirect` and `ports.site`), the log folder, and TLS (no certificate:
 * plain HTTP on the HTTPS server's port). A second server on `ports.embedder` plays another
 * organisation's website that embeds the cards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './built-site.ts';

const DEPLOY = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx');
const SITE_CONFIG = join(DEPLOY, 'responsible-together.conf');

function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) throw new Error("nginx is not installed: install Debian's nginx package (scripts/provision.sh does so on CI).");
  return found;
}

export interface NginxPorts {
  /** The HTTPS server of the committed configuration (plain HTTP here). */
  site: number;
  /** The port-80 server of the committed configuration, which redirects to HTTPS. */
  redirect: number;
  /** Another origin, for pages that embed the site's files. */
  embedder: number;
}

/** Replaces each `from` exactly as often as expected, so a changed configuration fails loudly instead of going untested. */
function swap(text: string, from: string | RegExp, to: string, times: number): string {
  const found = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from, 'gm')) ?? []).length;
  if (found !== times)
    throw new Error(`${SITE_CONFIG}: expected ${times} × ${from}, found ${found}; update tests/support/nginx.ts to match.`);
  return typeof from === 'string' ? text.replaceAll(from, to) : text.replace(new RegExp(from, 'gm'), to);
}

/** The committed configuration with the test's root, ports, logs and no TLS. */
function testSiteConfig(dir: string, ports: NginxPorts): string {
  let text = readFileSync(SITE_CONFIG, 'utf8');
  text = swap(text, '/srv/responsible-together/dist', DIST, 1);
  text = swap(text, '/srv/responsible-together/deploy/nginx/', `${DEPLOY}/`, 1);
  text = swap(text, '/var/log/nginx/', `${dir}/logs/`, 2);
  text = swap(text, 'listen 80;', `listen 127.0.0.1:${ports.redirect};`, 1);
  text = swap(text, 'listen 443 ssl;', `listen 127.0.0.1:${ports.site};`, 1);
  text = swap(text, /^\s*listen \[::\]:(80|443 ssl);\n/, '', 2);
  text = swap(text, /^\s*ssl_certificate(_key)? .*\n/, '', 2);
  return text;
}

/**
 * nginx.conf as Debian ships it, in miniature: an access log and an error log for the whole
 * server (which the site's configuration must switch off or narrow for its own servers), the
 * site's configuration, and the embedding site.
 */
function config(dir: string, ports: NginxPorts): string {
  return `
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/logs/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
  server {
    listen 127.0.0.1:${ports.embedder};
    access_log off;
    log_not_found off;
    error_log ${dir}/embedder-error.log;
    root ${dir}/embedder;
  }
}
`;
}

export interface RunningNginx {
  /** The site, e.g. http://127.0.0.1:4330 */
  url: string;
  /** The port-80 server that redirects to HTTPS. */
  redirectUrl: string;
  /** The other website; `embedder(html)` publishes a page there and returns its address. */
  embedderUrl: string;
  embedder(name: string, html: string): string;
  /** The text of every file nginx wrote into its log folder, by name. */
  logs(): Record<string, string>;
  stop(): Promise<void>;
}

/** Starts nginx on 127.0.0.1 at the given ports and waits until it answers. */
export async function startNginx(ports: NginxPorts): Promise<RunningNginx> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No dist/index.html: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'rt-nginx-'));
  mkdirSync(join(dir, 'logs'));
  mkdirSync(join(dir, 'embedder'));
  writeFileSync(join(dir, 'site.conf'), testSiteConfig(dir, ports));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, config(dir, ports));
  const nginx: ChildProcess = spawn(nginxBinary(), ['-e', join(dir, 'logs', 'error.log'), '-p', dir, '-c', conf, '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((done) => nginx.once('exit', done));
  const url = `http://127.0.0.1:${ports.site}`;
  const logs = () =>
    Object.fromEntries(readdirSync(join(dir, 'logs')).map((name) => [name, readFileSync(join(dir, 'logs', name), 'utf8')]));
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped at start (exit ${nginx.exitCode}):\n${Object.values(logs()).join('\n')}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${url}:\n${Object.values(logs()).join('\n')}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  const embedderUrl = `http://127.0.0.1:${ports.embedder}`;
  return {
    url,
    redirectUrl: `http://127.0.0.1:${ports.redirect}`,
    embedderUrl,
    embedder(name, html) {
      writeFileSync(join(dir, 'embedder', name), html);
      return `${embedderUrl}/${name}`;
    },
    logs,
    async stop() {
      nginx.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
