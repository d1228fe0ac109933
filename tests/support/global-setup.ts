/**
 * Global setup of the browser tests (both projects): serve the test build (build-subpath/,
 * the site for /acme/docs/) with the nginx recipe of deploy/nginx on a free loopback port,
 * as a real host would. The e2e tests use it as their baseURL; the deploy tests check the
 * recipe itself. The function returned is the teardown: it stops nginx.
 *
 * The build is made before Playwright starts (`npm test`, or `npm run test:e2e` and
 * friends, which build it when it is older than its sources): the deploy tests list the
 * build's pages when Playwright loads them, before this runs.
 */
import path from 'node:path';
import {
  TEST_BASE_URL,
  TEST_BUILD_DIR_NAME,
  testBuildDir,
  testBuildExists,
  testBuildIsFresh,
} from '../../scripts/test-build';
import {startNginx} from './nginx';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!testBuildExists()) {
    throw new Error(
      `No test build in ${TEST_BUILD_DIR_NAME}/: run \`npm run build:test\` first ` +
        '(`npm test` and `npm run test:e2e` do).',
    );
  }
  if (!testBuildIsFresh()) {
    console.warn(
      `[browser tests] ${TEST_BUILD_DIR_NAME}/ is older than its sources: ` +
        'testing it anyway (`npm run build:test` rebuilds it).',
    );
  }
  const nginx = await startNginx({buildDir: testBuildDir});
  if (nginx.baseUrl !== TEST_BASE_URL) {
    await nginx.stop();
    throw new Error(`${TEST_BUILD_DIR_NAME}/ is built for ${nginx.baseUrl}, not ${TEST_BASE_URL}`);
  }
  console.log(
    `[browser tests] nginx ${nginx.pid} serving ${TEST_BUILD_DIR_NAME}/ at ${nginx.siteUrl}`,
  );
  // Workers start after global setup and inherit these (playwright.config.ts reads the origin).
  process.env.TEST_ORIGIN = nginx.origin;
  process.env.TEST_NGINX_CONF_DIR = path.join(nginx.workDir, 'conf');
  // The e2e helpers build their URLs from BASE_URL, as docusaurus.config.ts does.
  process.env.BASE_URL = TEST_BASE_URL;

  return async () => {
    await nginx.stop();
  };
}
