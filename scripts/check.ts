/**
 * `npm run check`: the quick checks for development, without browsers or a build: type-check,
 * lint, format check and unit tests side by side, then the content tests if a test build
 * exists (they read build-subpath/; `npm run build:test` makes it). Prints stage times.
 */
import {contentTests, formatCheck, lint, typecheck, unitTests} from './project-stages';
import {runStages, type Step} from './stages';
import {TEST_BUILD_DIR_NAME, testBuildExists, testBuildIsFresh} from './test-build';

const steps: Step[] = [[typecheck, lint, formatCheck, unitTests]];
let note: string;
if (!testBuildExists()) {
  note = `No test build (${TEST_BUILD_DIR_NAME}/): content tests skipped. \`npm run test:content\` builds it and runs them.`;
} else {
  steps.push(contentTests);
  note = testBuildIsFresh()
    ? `Content tests ran on ${TEST_BUILD_DIR_NAME}/ (up to date with the sources).`
    : `Content tests ran on ${TEST_BUILD_DIR_NAME}/, which is OLDER than the sources: \`npm run test:content\` rebuilds it first.`;
}

runStages('npm run check', steps).then((code) => {
  console.log(`\n${note}`);
  process.exit(code);
});
