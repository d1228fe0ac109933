/**
 * `npm run check`: the quick checks, without browsers or a build: type-check, lint, format
 * check and unit tests side by side, then the content tests if a test build exists (they
 * read build-subpath/; `npm run build:test` makes it), saying when they were skipped or
 * read a build older than the sources.
 */
import {parseArgs} from 'node:util';
import {runAsCli} from './run-cli';
import {NO_BUILD, runStages, STAGES} from './stages';
import {TEST_BUILD_DIR_NAME, testBuildExists, testBuildIsFresh} from './test-build';

async function main(args: string[]): Promise<number> {
  parseArgs({args, options: {}}); // it takes no argument: one is a mistake
  const exists = testBuildExists();
  const code = await runStages('npm run check', exists ? [NO_BUILD, STAGES.content] : [NO_BUILD]);
  const warning = !exists
    ? `No test build (${TEST_BUILD_DIR_NAME}/): content tests skipped.`
    : testBuildIsFresh()
      ? null
      : `${TEST_BUILD_DIR_NAME}/ is older than the sources: the content tests read it as it is.`;
  if (warning) console.log(`\n${warning} \`npm run test:content\` (re)builds it and runs them.`);
  return code;
}

runAsCli(__filename, main);
