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
import {startSandboxApiServer, type ServerOptions} from './sandbox-api/server';

function parseArgs(args: string[]): ServerOptions {
  const options: {port?: number; seed?: number; testHooks?: boolean} = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--test-hooks') options.testHooks = true;
    else if (arg === '--port' || arg === '--seed') {
      const value = Number(args[++i]);
      if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${arg} needs an integer`);
      if (arg === '--port') options.port = value;
      else options.seed = value;
    } else throw new Error(`Unknown argument ${arg}: use --port N, --seed N, --test-hooks`);
  }
  return options;
}

async function main(): Promise<void> {
  const server = await startSandboxApiServer(parseArgs(process.argv.slice(2)));
  const {port, baseUrl, scenario} = server;
  process.stdout.write(
    `${JSON.stringify({port, baseUrl, sourceId: scenario.sourceId, clientId: scenario.clientId, token: scenario.token})}\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
