import fs from 'node:fs';

/**
 * Playwright cannot download its own browsers on our machines: use Debian's Chromium
 * when it is there (CI), else Playwright's own (a laptop). Shared by every Playwright
 * config and by the bench.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumExecutablePath: string | undefined = fs.existsSync(systemChromium)
  ? systemChromium
  : undefined;

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
