import {TEST_BASE_URL, TEST_BUILD_DIR_NAME, TEST_SITE_URL} from '../../scripts/test-build';

/** The sub-path the test build is made for and served under. */
export const DEPLOY_BASE_URL = TEST_BASE_URL;
/** Only used for absolute URLs in the build (sitemap, canonical); traffic stays on 127.0.0.1. */
export const DEPLOY_SITE_URL = TEST_SITE_URL;
export const DEPLOY_BUILD_DIR = TEST_BUILD_DIR_NAME;

export const GUIDE_PATH = 'developers/import-api/guides/import-api-access-tokens/';
export const OLD_GUIDE_PATH = 'integrations/import-api/revoking-an-api-access-token/';
export const SANDBOX_PATH = 'developers/import-api/guides/token-rotation-sandbox/';
