import {defineConfig, devices} from '@playwright/test';
// Debian's headless shell or Chromium when present (CI), else Playwright's own.
import {chromiumArgs, testBrowserPath} from './tests/support/browser';

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
  // Budgets about five times the slowest test measured beside a CPU-bound process.
  timeout: 60_000,
  expect: {timeout: 15_000},
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    ...devices['Desktop Chrome'],
    // Set by the global setup; workers start after it.
    baseURL: process.env.TEST_ORIGIN,
    // Tracing every test doubles the slowest ones: a failure is traced on its retry.
    trace: 'on-first-retry',
    launchOptions: {executablePath: testBrowserPath, args: chromiumArgs},
  },
  projects: [
    {name: 'e2e', testDir: 'tests/e2e'},
    {name: 'deploy', testDir: 'tests/deploy'},
  ],
});
