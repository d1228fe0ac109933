import fs from 'node:fs';

/** The first path that exists, if any. */
const firstExisting = (...paths: string[]): string | undefined =>
  paths.find((p) => fs.existsSync(p));

/** `CHROMIUM_PATH`, when set, is used as given for both choices below (a typo fails loudly). */
const chosen = process.env.CHROMIUM_PATH;

/**
 * Playwright cannot download its own browsers on our machines: use Debian's Chromium when it
 * is there (CI), else Playwright's own (a laptop).
 */
export const chromiumExecutablePath = chosen ?? firstExisting('/usr/bin/chromium');

/**
 * The browser tests prefer Debian's headless shell, the build Playwright itself runs headless
 * tests in: it loads our pages for half the CPU of the full browser, which two busy cores feel.
 * The bench keeps the full browser, because Lighthouse needs it.
 */
export const testBrowserPath =
  chosen ?? firstExisting('/usr/bin/chromium-headless-shell', '/usr/bin/chromium');

/** Flags that keep a headless Chromium quiet and deterministic on a shared CI box. */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
