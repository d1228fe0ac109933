import path from 'node:path';

/**
 * Runs `main` only when `filename` is the command being run, not when the module is
 * imported (by tests or the bench); a failure prints its message, without a stack, and
 * exits 1.
 */
export function runAsCli(filename: string, main: (args: string[]) => void): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== filename) return;
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
