/**
 * Serves the sandbox's simulated Connect and Import APIs on loopback, starting from one
 * Import API integration ("Customer Records") with one token, and prints one JSON line:
 *
 *   {"port":…,"baseUrl":"http://127.0.0.1:…","sourceId":…,"clientId":…,"token":{"id":…,"value":"…"}}
 *
 * Run: npx tsx scripts/sandbox-api-server.ts [--port N] [--seed N] [--test-hooks]
 * `--port 0` (the default) picks a free port; `--seed` makes ids, secrets and the clock
 * deterministic; `--test-hooks` serves POST /__sandbox/race-next-revoke. Stops on SIGINT or
 * SIGTERM. The printed token is a sandbox token: it works on this server only.
 */
import {parseArgs} from 'node:util';
import {runAsCli, wholeNumber} from './run-cli';
import {startSandboxApiServer} from './sandbox-api/server';

async function main(args: string[]): Promise<void> {
  const {values} = parseArgs({
    args,
    options: {
      port: {type: 'string', default: '0'},
      seed: {type: 'string'},
      'test-hooks': {type: 'boolean', default: false},
    },
  });
  const server = await startSandboxApiServer({
    port: wholeNumber(values.port, '--port', 0),
    seed: values.seed === undefined ? undefined : wholeNumber(values.seed, '--seed', 0),
    testHooks: values['test-hooks'],
  });
  const {port, baseUrl, scenario} = server;
  process.stdout.write(
    `${JSON.stringify({port, baseUrl, sourceId: scenario.sourceId, clientId: scenario.clientId, token: scenario.token})}\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

runAsCli(__filename, main);
