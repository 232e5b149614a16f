/** Serves dist/ through a real nginx with the committed header snippet, for the browser tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './built-site';

const SNIPPET = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'security-headers.conf');

function nginxBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found) throw new Error("nginx is not installed: install Debian's nginx package (scripts/provision.sh does so on CI).");
  return found;
}

/** A minimal nginx.conf as README describes: the site's root, the 404 page and the generated snippet. */
function config(dir: string, port: number): string {
  return `
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server_tokens off;
  server {
    listen 127.0.0.1:${port};
    root ${DIST};
    index index.html;
    absolute_redirect off;
    error_page 404 /404.html;
    charset utf-8;
    charset_types text/plain text/css text/xml application/javascript application/json application/rss+xml;
    include ${SNIPPET};
  }
}
`;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx on 127.0.0.1:port and waits until it answers. */
export async function startNginx(port: number): Promise<RunningNginx> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No dist/index.html: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'rt-nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, config(dir, port));
  const nginx: ChildProcess = spawn(nginxBinary(), ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise<number | null>((done) => nginx.once('exit', done));
  const url = `http://127.0.0.1:${port}`;
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped at start (exit ${nginx.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${url}:\n${log()}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return {
    url,
    async stop() {
      nginx.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
