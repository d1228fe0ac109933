/** The sub-path the deploy tests build for and serve under. */
export const DEPLOY_BASE_URL = '/acme/docs/';
/** Only used for absolute URLs in the build (sitemap, canonical); traffic stays on 127.0.0.1. */
export const DEPLOY_SITE_URL = 'https://acme.example.com';
export const DEPLOY_BUILD_DIR = 'build-subpath';

export const GUIDE_PATH = 'developers/import-api/guides/import-api-access-tokens/';
export const OLD_GUIDE_PATH = 'integrations/import-api/revoking-an-api-access-token/';
export const SANDBOX_PATH = 'developers/import-api/guides/token-rotation-sandbox/';
