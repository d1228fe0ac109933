import {spawn} from 'node:child_process';

/** Runs a command to completion; a failure throws with the last lines it printed. */
export async function exec(cmd: string, args: string[], cwd: string): Promise<string> {
  const child = spawn(cmd, args, {cwd, stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-8).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${code} in ${cwd}:\n${tail}`);
  }
  return output;
}
