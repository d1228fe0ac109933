/**
 * Starts Debian's nginx with the deploy recipe (deploy/nginx/site.conf.template) on a free
 * loopback port, serving a build folder under its sub-path. Used by the deploy tests'
 * global setup and by `npm run bench`. Everything nginx writes stays in a temp dir.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {renderNginx, type NginxRendered} from '../../deploy/nginx/render';

export const NGINX_BIN =
  process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

export interface RunningNginx {
  origin: string;
  port: number;
  baseUrl: string;
  /** origin + baseUrl, e.g. http://127.0.0.1:40123/acme/docs/ */
  siteUrl: string;
  workDir: string;
  rendered: NginxRendered;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      await fetch(url, {redirect: 'manual'});
      return;
    } catch (err) {
      lastErr = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer ${url}: ${String(lastErr)}`);
}

export async function startNginx(opts: {
  buildDir: string;
  baseUrl?: string;
  port?: number;
}): Promise<RunningNginx> {
  if (!NGINX_BIN) {
    throw new Error('nginx not found: apt-get install nginx-light (or set NGINX_PATH)');
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-nginx-'));
  const port = opts.port ?? (await freePort());
  const wwwRoot = path.join(workDir, 'www');

  const rendered = renderNginx({
    buildDir: path.resolve(opts.buildDir),
    baseUrl: opts.baseUrl,
    root: wwwRoot,
    outDir: path.join(workDir, 'conf'),
    listen: `127.0.0.1:${port}`,
    serverName: 'localhost',
  });
  // root + baseUrl -> the build folder, as a real deploy would copy it there.
  const mountPoint = path.join(wwwRoot, rendered.baseUrl);
  fs.mkdirSync(path.dirname(mountPoint.replace(/\/$/, '')), {recursive: true});
  if (rendered.baseUrl === '/')
    fs.symlinkSync(path.resolve(opts.buildDir), wwwRoot.replace(/\/$/, ''));
  else fs.symlinkSync(path.resolve(opts.buildDir), mountPoint.replace(/\/$/, ''));

  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((p) =>
    fs.existsSync(p),
  );
  const tmp = (name: string) => path.join(workDir, name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const mainConf = [
    // As root nginx's workers would drop to `nobody`, who may not read the checkout.
    isRoot ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${tmp('nginx.pid')};`,
    `error_log ${tmp('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    mimeTypes ? `  include ${mimeTypes};` : '',
    '  default_type application/octet-stream;',
    `  access_log ${tmp('access.log')};`,
    '  sendfile on;',
    `  client_body_temp_path ${tmp('client_body')};`,
    `  proxy_temp_path ${tmp('proxy')};`,
    `  fastcgi_temp_path ${tmp('fastcgi')};`,
    `  uwsgi_temp_path ${tmp('uwsgi')};`,
    `  scgi_temp_path ${tmp('scgi')};`,
    `  include ${path.join(workDir, 'conf', 'docs.conf')};`,
    '}',
    '',
  ].join('\n');
  const confPath = tmp('nginx.conf');
  fs.writeFileSync(confPath, mainConf);

  const test = spawn(
    NGINX_BIN,
    ['-t', '-q', '-e', tmp('error.log'), '-p', workDir, '-c', confPath],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let testOut = '';
  test.stdout?.on('data', (d) => (testOut += d));
  test.stderr?.on('data', (d) => (testOut += d));
  const testCode: number = await new Promise((r) => test.on('close', (c) => r(c ?? 1)));
  if (testCode !== 0) throw new Error(`nginx -t failed for ${confPath}:\n${testOut}`);

  const child = spawn(NGINX_BIN, ['-e', tmp('error.log'), '-p', workDir, '-c', confPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}${rendered.baseUrl}`, child, 10_000);
  } catch (err) {
    child.kill('SIGTERM');
    throw new Error(`${String(err)}\n${stderr}`);
  }

  return {
    origin,
    port,
    baseUrl: rendered.baseUrl,
    siteUrl: `${origin}${rendered.baseUrl}`,
    workDir,
    rendered,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT'); // graceful: workers finish, master removes its pid file
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(workDir, {recursive: true, force: true});
    },
  };
}
