import {defineConfig, devices} from '@playwright/test';
import {chromiumArgs, chromiumExecutablePath} from './tests/support/browser';

// The built site for a sub-path (/acme/docs/), served by Debian's nginx with the recipe in
// deploy/nginx: a host that knows nothing about Docusaurus. Global setup builds (or reuses
// a fresh build), renders the recipe with the build's CSP hashes and starts nginx on a free
// loopback port; its teardown stops it.
export default defineConfig({
  testDir: 'tests/deploy',
  globalSetup: './tests/deploy/global-setup.ts',
  outputDir: 'test-results-deploy',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', {open: 'never', outputFolder: 'playwright-report-deploy'}]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {executablePath: chromiumExecutablePath, args: chromiumArgs},
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
});
