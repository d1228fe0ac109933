/**
 * `npm test`: every check the project has, each once, then each stage's wall time:
 * type-check, lint, format check and unit tests side by side; the one production build the
 * tests use (/acme/docs/ in build-subpath/); the content tests, which read it; the browser
 * tests, e2e and deploy in one Playwright run on that build served by nginx. Exits 1 at the
 * first failing stage. Arguments go to Playwright: `npm test -- --retries=0`.
 */
import {NO_BUILD, runStages, STAGES} from './stages';

const {build, content, browser} = STAGES;
const browserTests = {...browser, args: [...browser.args, ...process.argv.slice(2)]};
runStages('npm test', [NO_BUILD, build, content, browserTests]).then((code) => process.exit(code));
