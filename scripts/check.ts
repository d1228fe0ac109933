/**
 * `npm run check`: the quick checks for development, without browsers or a build: type-check,
 * lint, format check and unit tests side by side, then the content tests if a test build
 * exists (they read build-subpath/; `npm run build:test` makes it). Prints stage times, and
 * says when the content tests were skipped or read a build older than the sources.
 */
import {parseArgs} from 'node:util';
import {contentTests, formatCheck, lint, typecheck, unitTests} from './project-stages';
import {runAsCli} from './run-cli';
import {runStages, type Step} from './stages';
import {TEST_BUILD_DIR_NAME, testBuildExists, testBuildIsFresh} from './test-build';

async function main(args: string[]): Promise<number> {
  parseArgs({args, options: {}}); // it takes no argument: one is a mistake
  const steps: Step[] = [[typecheck, lint, formatCheck, unitTests]];
  let warning: string | null = null;
  if (!testBuildExists()) {
    warning =
      `No test build (${TEST_BUILD_DIR_NAME}/): content tests skipped. ` +
      '`npm run test:content` builds it and runs them.';
  } else {
    steps.push(contentTests);
    if (!testBuildIsFresh()) {
      warning =
        `${TEST_BUILD_DIR_NAME}/ is older than the sources: the content tests read it as it is. ` +
        '`npm run test:content` rebuilds it first.';
    }
  }
  const code = await runStages('npm run check', steps);
  if (warning !== null) console.log(`\n${warning}`);
  return code;
}

runAsCli(__filename, main);
