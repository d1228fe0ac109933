/** The project's checks as stages for scripts/stages.ts (`npm test`, `npm run check`). */
import type {Stage} from './stages';

export const typecheck: Stage = {name: 'typecheck', command: 'tsc', args: ['--noEmit']};
export const lint: Stage = {name: 'lint', command: 'eslint', args: ['.']};
export const formatCheck: Stage = {
  name: 'format check',
  command: 'prettier',
  args: ['--check', '.', '--log-level', 'warn'],
};
export const unitTests: Stage = {
  name: 'unit tests',
  command: 'vitest',
  args: ['run', '--exclude', 'tests/unit/content/**'],
};
/** Read the test build (build-subpath/): run after `testBuild`. */
export const contentTests: Stage = {
  name: 'content tests',
  command: 'vitest',
  args: ['run', 'tests/unit/content'],
};
/** The one production build the tests use, made afresh (scripts/test-build.ts). */
export const testBuild: Stage = {
  name: 'build (/acme/docs/)',
  command: 'tsx',
  args: ['scripts/test-build.ts', '--force'],
};
/** Both Playwright projects (e2e, deploy) in one run, on the test build served by nginx. */
export const browserTests: Stage = {name: 'browser tests', command: 'playwright', args: ['test']};
