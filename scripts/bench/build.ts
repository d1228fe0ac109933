/**
 * Cold production build: clears Docusaurus's generated files, the bundler's persistent
 * cache and the output folder, then times `docusaurus build`. Peak memory is sampled from
 * /proc for the whole process tree (every 100 ms) and, when GNU time is installed, also
 * taken from its "Maximum resident set size" (the largest single process).
 */
import fs from 'node:fs';
import path from 'node:path';
import {run} from './exec';

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Sum of RSS over the build's process tree, sampled. */
  peakTreeRssBytes: number | null;
  /** GNU time's max RSS of the largest process. */
  peakProcessRssBytes: number | null;
  outDir: string;
  log: string;
}

function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may contain spaces, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRss(rootPid: number): number {
  const kids = childrenMap();
  const page = 4096;
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * page;
    } catch {
      // gone
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

export async function coldBuild(opts: {
  repoRoot: string;
  outDir: string;
  env: Record<string, string>;
}): Promise<BuildResult> {
  const {repoRoot, outDir} = opts;
  for (const dir of ['.docusaurus', path.join('node_modules', '.cache'), outDir]) {
    fs.rmSync(path.join(repoRoot, dir), {recursive: true, force: true});
  }
  const docusaurus = path.join(repoRoot, 'node_modules', '.bin', 'docusaurus');
  const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const args = ['build', '--out-dir', outDir];
  const [cmd, cmdArgs] = gnuTime ? [gnuTime, ['-v', docusaurus, ...args]] : [docusaurus, args];

  let peakTree = 0;
  let sampler: NodeJS.Timeout | undefined;
  const started = performance.now();
  const ran = await run(cmd, cmdArgs, {
    cwd: repoRoot,
    env: {...process.env, ...opts.env},
    onStart: (pid) => {
      sampler = setInterval(() => (peakTree = Math.max(peakTree, treeRss(pid))), 100);
    },
  });
  clearInterval(sampler);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(ran.output);
  return {
    ok: ran.code === 0,
    wallMs: performance.now() - started,
    peakTreeRssBytes: peakTree || null,
    peakProcessRssBytes: maxRss ? Number(maxRss[1]) * 1024 : null,
    outDir,
    log: ran.output,
  };
}
