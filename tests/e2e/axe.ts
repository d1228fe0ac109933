import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

/**
 * One axe analysis of the whole page (no exclusions: every landmark has a name of its own)
 * and no violations. One per test: an analysis of the guide with its widgets took 3.5-14 s
 * on this two-core machine beside other busy processes, so a test that chains several
 * outgrows any budget that does not depend on luck.
 *
 * `axe.run` in the page (legacy mode) rather than a run per frame finished in a blank page
 * (the site has no iframes, so nothing goes unchecked), and full details for violations
 * only (what the test reads; every rule still runs): on the guide, 1.2 s instead of 3.6 s,
 * measured side by side on the same page, same violations found.
 */
export async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  const results = await new AxeBuilder({page})
    .setLegacyMode(true)
    .options({resultTypes: ['violations']})
    .analyze();
  const found = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }));
  expect(found, when).toEqual([]);
}
