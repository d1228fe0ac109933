/**
 * `npm test`: every check the project has, each once, then a table of stage times.
 *
 *   1. type-check, lint, format check and unit tests, side by side (no build needed);
 *   2. the one production build the tests use: the site for /acme/docs/ in build-subpath/
 *      (scripts/test-build.ts);
 *   3. content tests, which read that build;
 *   4. the browser tests, e2e and deploy projects in one Playwright run, on that build
 *      served by nginx with the deploy recipe.
 *
 * Exits 1 at the first failing stage (later stages do not run); the times are printed
 * either way. Arguments go to Playwright: `npm test -- --retries=0`.
 */
import {
  browserTests,
  contentTests,
  formatCheck,
  lint,
  testBuild,
  typecheck,
  unitTests,
} from './project-stages';
import {runStages} from './stages';

runStages('npm test', [
  [typecheck, lint, formatCheck, unitTests],
  testBuild,
  contentTests,
  {...browserTests, args: [...browserTests.args, ...process.argv.slice(2)]},
]).then((code) => process.exit(code));
