import {defineConfig, devices} from '@playwright/test';
// Debian's Chromium when present (CI), else Playwright's own: shared with the deploy tests.
import {chromiumArgs, chromiumExecutablePath} from './tests/support/browser';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutablePath,
      args: chromiumArgs,
    },
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
  // The suite runs against the production build (built once by `npm test`), served as
  // a plain static folder: what users get, not the dev server.
  webServer: {
    command: `npx docusaurus serve --no-open --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
