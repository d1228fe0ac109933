/**
 * Renders the nginx recipe (deploy/nginx/site.conf.template) for one build:
 * `docs.conf` (the server block) and `security-headers.conf` (deploy/_headers' `/*` rule,
 * with the build's CSP script hashes, as `add_header … always` lines).
 *
 *   tsx deploy/nginx/render.ts --build build --root /var/www --out /etc/nginx/docs \
 *     [--listen 80] [--server-name docs.example.com] [--base /acme/docs/]
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {renderForBuild} from '../../scripts/csp-hashes';
import {repoRoot, runAsCli} from '../../scripts/run-cli';

export const siteTemplatePath = path.join(repoRoot, 'deploy', 'nginx', 'site.conf.template');

export interface NginxRenderOptions {
  buildDir: string;
  /** Directory that holds `<baseUrl>` (the build is copied or linked to root + baseUrl). */
  root: string;
  /** Where docs.conf and security-headers.conf are written. */
  outDir: string;
  listen?: string;
  serverName?: string;
  baseUrl?: string;
}

export interface NginxRendered {
  siteConf: string;
  headersConf: string;
  baseUrl: string;
  csp: string;
  securityHeaders: [string, string][];
  headersFile: string;
}

function nginxQuote(value: string): string {
  if (/["\\$]/.test(value)) throw new Error(`Header value needs escaping for nginx: ${value}`);
  return `"${value}"`;
}

export function renderNginx(opts: NginxRenderOptions): NginxRendered {
  const headers = renderForBuild(opts.buildDir, {baseUrl: opts.baseUrl, write: true});
  const baseUrl = headers.baseUrl;
  fs.mkdirSync(opts.outDir, {recursive: true});
  const headersConfPath = path.join(path.resolve(opts.outDir), 'security-headers.conf');
  const headersConf =
    '# Generated from deploy/_headers by deploy/nginx/render.ts. Do not edit.\n' +
    headers.security
      .map(([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`)
      .join('\n') +
    '\n';
  const baseRedirect =
    baseUrl === '/'
      ? ''
      : `    # ${baseUrl.slice(0, -1)} -> ${baseUrl}\n` +
        `    location = ${baseUrl.slice(0, -1)} {\n        return 301 ${baseUrl};\n    }\n\n`;
  // Under a sub-path, the rest of the host is not the site's: no listing, no redirect to a
  // parent folder, no file of the root that happens to be there.
  const outsideBase =
    baseUrl === '/'
      ? ''
      : `    # Outside ${baseUrl}: the site's 404 page.\n` +
        `    location / {\n        return 404;\n    }\n\n`;
  const siteConf = fs
    .readFileSync(siteTemplatePath, 'utf8')
    .replaceAll('{{LISTEN}}', opts.listen ?? '80')
    .replaceAll('{{SERVER_NAME}}', opts.serverName ?? '_')
    .replaceAll('{{ROOT}}', path.resolve(opts.root).replace(/\/$/, ''))
    .replaceAll('{{HEADERS_INCLUDE}}', headersConfPath)
    .replaceAll('{{BASE_REDIRECT}}', baseRedirect)
    .replaceAll('{{OUTSIDE_BASE}}\n', outsideBase)
    .replaceAll('{{BASE_URL}}', baseUrl);
  const leftover = /\{\{[A-Z_]+\}\}/.exec(siteConf);
  if (leftover) throw new Error(`Unfilled placeholder ${leftover[0]} in ${siteTemplatePath}`);
  fs.writeFileSync(path.join(opts.outDir, 'docs.conf'), siteConf);
  fs.writeFileSync(headersConfPath, headersConf);
  return {
    siteConf,
    headersConf,
    baseUrl,
    csp: headers.csp,
    securityHeaders: headers.security,
    headersFile: headers.text,
  };
}

function main(argv: string[]): void {
  const text = {type: 'string'} as const;
  const {values} = parseArgs({
    args: argv,
    options: {
      build: {...text, default: 'build'},
      root: {...text, default: '/var/www'},
      out: {...text, default: 'deploy/nginx/out'},
      listen: text,
      'server-name': text,
      base: text,
    },
  });
  const out = renderNginx({
    buildDir: values.build,
    root: values.root,
    outDir: values.out,
    listen: values.listen,
    serverName: values['server-name'],
    baseUrl: values.base,
  });
  console.log(
    `Wrote ${values.out}/docs.conf and security-headers.conf for baseUrl ${out.baseUrl}; ` +
      `copy the build to ${values.root}${out.baseUrl}`,
  );
}

runAsCli(__filename, main);
