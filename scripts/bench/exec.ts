import {spawn} from 'node:child_process';

export interface Ran {
  code: number;
  stdout: string;
  /** stdout and stderr as they came: the log. */
  output: string;
}

/** Runs a command to completion, keeping what it printed; `onStart` gets its pid. */
export function run(
  cmd: string,
  args: string[],
  opts: {cwd: string; env?: NodeJS.ProcessEnv; onStart?: (pid: number) => void},
): Promise<Ran> {
  const child = spawn(cmd, args, {cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe']});
  if (child.pid !== undefined) opts.onStart?.(child.pid);
  const ran: Ran = {code: 1, stdout: '', output: ''};
  child.stdout.on('data', (d) => {
    ran.stdout += d;
    ran.output += d;
  });
  child.stderr.on('data', (d) => (ran.output += d));
  return new Promise((resolve) => {
    child.on('error', (err) => resolve({...ran, code: 127, output: ran.output + err.message}));
    child.on('close', (code) => resolve({...ran, code: code ?? 1}));
  });
}

/** The last `lines` lines of a command's output, for an error message. */
export const tail = (text: string, lines: number): string =>
  text.trim().split('\n').slice(-lines).join('\n');
