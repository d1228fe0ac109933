import {defineConfig, devices} from '@playwright/test';
// Debian's Chromium when present (CI), else Playwright's own: shared with the bench.
import {chromiumArgs, chromiumExecutablePath} from './tests/support/browser';

/**
 * The browser tests, in one run: `e2e` (the site and its widgets) and `deploy` (the nginx
 * recipe: routing, headers, CSP, every page of the sitemap). Both run against the same
 * production build (build-subpath/, for /acme/docs/) served by nginx with the deploy
 * recipe, which the global setup starts on a free port: what users get, and no port to
 * share with anyone.
 */
export default defineConfig({
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // A safety net only: the suite passes with --retries=0 on a busy two-core machine.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Budgets from measurement on this two-core machine beside a CPU-bound process (and other
  // agents' work, load about 11): the slowest test took 11 s, most under 8 s; with three
  // such processes and a trace recorded for every test, the slowest took 28 s. The longest
  // single wait, the guide's first widget mounting (its code fetched and run): under 5 s at
  // the worst. So about five times the one and twice the other, three times the wait.
  timeout: 60_000,
  expect: {timeout: 15_000},
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    ...devices['Desktop Chrome'],
    // Set by the global setup; workers start after it.
    baseURL: process.env.TEST_ORIGIN,
    // Recording a trace of every test (to keep those of the tests that fail) made the
    // focus and guide-widget tests take 69 s instead of 39-43 s, measured alternately on
    // two shared cores: a failing test is traced on its retry instead.
    trace: 'on-first-retry',
    launchOptions: {executablePath: chromiumExecutablePath, args: chromiumArgs},
  },
  projects: [
    {name: 'e2e', testDir: 'tests/e2e'},
    {name: 'deploy', testDir: 'tests/deploy'},
  ],
});
