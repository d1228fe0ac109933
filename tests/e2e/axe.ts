import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

/**
 * One axe analysis of the whole page (no exclusions: every landmark has a name of its own)
 * and no violations. One per test: an analysis takes 1.5-2.6 s on an idle two-core machine
 * and three to five times that beside another busy process, so a test that chains several
 * outgrows any budget that does not depend on luck.
 */
export async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  const results = await new AxeBuilder({page}).analyze();
  const found = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`),
  }));
  expect(found, when).toEqual([]);
}
