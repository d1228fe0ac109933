import path from 'node:path';

/** The repository's root, for scripts run from anywhere. */
export const repoRoot = path.resolve(__dirname, '..');

/**
 * Runs `main` only when `filename` is the command being run, not when it is imported. A
 * number it returns is the exit code; a failure (bad arguments too) prints its message, exit 1.
 */
export async function runAsCli(
  filename: string,
  main: (args: string[]) => void | number | Promise<void | number>,
): Promise<void> {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== filename) return;
  try {
    const code = await main(process.argv.slice(2));
    if (typeof code === 'number') process.exit(code);
  } catch (err) {
    console.error(errorText(err));
    process.exit(1);
  }
}

/** What a failure says: an Error's message, or the thrown value as text. */
export const errorText = (err: unknown): string =>
  err instanceof Error ? err.message : String(err);

/** A whole number of at least `min` from an option's text; a clear error names the option. */
export function wholeNumber(value: string, option: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < min)
    throw new Error(`${option} needs a whole number ≥ ${min}`);
  return n;
}
