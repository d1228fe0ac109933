/**
 * `npm test`: every check the project has, each once, then each stage's wall time. The one
 * production build the tests use (/acme/docs/ in build-subpath/) comes first; then everything
 * else runs side by side, so that no core sits idle while one stage waits on pages or child
 * processes. The browser tests (e2e and deploy in one Playwright run on that build served by
 * nginx) stream their output; the others print theirs when they end. Exits 1 when a stage
 * fails. Arguments go to Playwright: `npm test -- --retries=0`.
 */
import {NO_BUILD, runStages, STAGES} from './stages';

const {build, content, browser} = STAGES;
const browserTests = {...browser, args: [...browser.args, ...process.argv.slice(2)]};
runStages('npm test', [build, [browserTests, ...NO_BUILD, content]]).then((code) =>
  process.exit(code),
);
