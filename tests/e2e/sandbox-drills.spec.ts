import type {Page} from '@playwright/test';
import {
  copyAndClose,
  createWithToken,
  expect,
  openSandbox,
  panel,
  showPanel,
  test,
} from './sandbox-helpers';
import {defined} from '../support/defined';

/*
 * Every drill done by following its own coach line: the step it names, its "Show me" (which
 * brings the panel into view, and on a phone is the only way to it), then the control the
 * step names. Each ends with its verdict in view. Each drill runs once, some at a desktop
 * size and some at a phone size, one after another in one page as a reader would. Time is
 * Playwright's clock, so traffic runs as fast as the test needs.
 */

const coachText = (page: Page) => page.getByTestId('coach-text');

/** Waits until the coach names this step, then follows its "Show me". */
async function follow(page: Page, step: string): Promise<void> {
  await expect(coachText(page)).toContainText(step);
  await page.getByTestId('coach').getByRole('button', {name: 'Show me'}).click();
}

async function startDrill(page: Page, name: string): Promise<void> {
  await page.getByLabel('Drill').selectOption({label: name});
  await page.getByRole('button', {name: 'Start drill'}).click();
  // On a phone, after another drill, another panel may be the one shown.
  await showPanel(page, 'Steps');
  await expect(panel(page, 'Steps')).toContainText(name);
}

/** Opens an integration's Settings tab from the web app's Dashboard, as the steps say. */
async function openSettings(page: Page, integration: string): Promise<void> {
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Stitch Dashboard'}).click();
  await web.getByRole('button', {name: integration}).click();
  await web.getByRole('button', {name: 'Settings'}).click();
}

async function revoke(page: Page, tokenId: string, expectWarning: boolean): Promise<void> {
  const web = panel(page, 'Stitch web app');
  await web.locator(`tr[data-token-id="${tokenId}"]`).getByRole('button', {name: 'Revoke'}).click();
  const dialog = page.getByRole('dialog', {name: `Revoke token ${tokenId}?`});
  await expect(dialog.getByTestId('revoke-warning')).toHaveCount(expectWarning ? 1 : 0);
  await dialog.getByRole('button', {name: 'Revoke'}).click();
  await expect(dialog).toBeHidden();
}

const appToken = async (page: Page) =>
  defined(
    (await page.getByTestId('app-token').textContent())?.match(/Token (\d+)/)?.[1],
    'token id',
  );

async function generate(page: Page): Promise<void> {
  await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
  await copyAndClose(page);
}

const app = (page: Page) => panel(page, 'Your application');
const useCopied = (page: Page) =>
  app(page).getByRole('button', {name: 'Use the newest token I copied'}).click();
const traffic = (page: Page) => app(page).getByRole('switch', {name: /^Continuous traffic/});

async function ends(page: Page, verdict: RegExp): Promise<void> {
  await expect(coachText(page)).toHaveText(verdict);
  await expect(coachText(page)).toBeInViewport();
}

/** Revokes the token the application sends, then recovers: generate, switch, re-send. */
async function revokeInUseThenRecover(page: Page, step: string) {
  await follow(page, step);
  await openSettings(page, 'Customer Records');
  await revoke(page, await appToken(page), true);
  await page.clock.runFor(3_000);
  await follow(page, 'Generate a new token');
  await generate(page);
  await follow(page, 'Switch to the new token');
  await useCopied(page);
  await page.clock.runFor(2_000);
  await follow(page, 'Re-send failed requests');
  await panel(page, 'Request log and failed requests')
    .getByRole('button', {name: 'Re-send failed requests'})
    .click();
}

/** From a fresh sandbox: the default drill. */
async function plannedRotation(page: Page): Promise<void> {
  await follow(page, 'Create an integration');
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill('Customer Records');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  await copyAndClose(page);
  await follow(page, 'Give the app its token');
  await useCopied(page);
  const old = await appToken(page);
  await follow(page, 'Turn on traffic');
  await traffic(page).click();
  await page.clock.runFor(2_000);
  await follow(page, 'Generate a new token');
  await generate(page);
  await follow(page, 'Validate the new token');
  await app(page).getByRole('button', {name: 'Validate the newest token I copied'}).click();
  await follow(page, 'Switch to the new token');
  await useCopied(page);
  await page.clock.runFor(2_000);
  await follow(page, 'Revoke the old token');
  await revoke(page, old, false);
  await page.clock.runFor(2_000);
  await ends(page, /^✓ Rotated with 0 interrupted requests$/);
}

async function wrongOrder(page: Page): Promise<void> {
  await startDrill(page, 'Wrong order');
  await follow(page, 'Turn on traffic');
  await traffic(page).click();
  await revokeInUseThenRecover(page, 'Revoke the token in use');
  await ends(
    page,
    /^✓ Rotated; \d+ requests failed while an invalid token was in use and were re-sent$/,
  );
}

async function tokenLeaked(page: Page): Promise<void> {
  await startDrill(page, 'A token leaked');
  // The application is already pushing with the leaked token.
  await showPanel(page, 'Your application');
  await expect(traffic(page)).toHaveAttribute('aria-checked', 'true');
  await revokeInUseThenRecover(page, 'Revoke the leaked token');
  await ends(
    page,
    /^✓ Leak contained: a 401 window of \d+ seconds? \([1-9]\d* requests? refused\), [1-9]\d* records? re-sent, 0 lost$/,
  );
}

async function twoIntegrations(page: Page): Promise<void> {
  await startDrill(page, 'Two integrations');
  await follow(page, 'Push with Customer Records’ token');
  await app(page).getByRole('button', {name: 'Send push'}).click();
  await follow(page, 'Switch to Orders’ token');
  await useCopied(page);
  await follow(page, 'Push again');
  await app(page).getByRole('button', {name: 'Send push'}).click();
  await follow(page, 'Give an integration two tokens');
  await openSettings(page, 'Orders');
  await generate(page);
  await ends(
    page,
    /^✓ Each token wrote only to its own schema: customer_records 3 rows, orders 3 rows; Orders has 2 active tokens, the most an integration may have$/,
  );
}

async function outage(page: Page): Promise<void> {
  await startDrill(page, 'Import API outage');
  await follow(page, 'Push during the outage');
  await traffic(page).click();
  // The first retry comes a second after the first refusal: the step ticks by itself.
  await page.clock.runFor(8_000);
  await expect(page.locator('[data-step="retries"]')).toHaveAttribute('data-done', 'true');
  await follow(page, 'End the outage');
  await page.getByRole('switch', {name: 'Import API outage'}).click();
  await page.clock.runFor(65_000);
  await ends(
    page,
    /^✓ \d+ requests answered 503\/504 and were retried with back-off: 0 records lost$/,
  );
}

const SIZES = [
  {
    name: 'desktop',
    width: 1440,
    height: 900,
    drills: [
      ['planned rotation', plannedRotation],
      ['two integrations', twoIntegrations],
      ['Import API outage', outage],
    ],
  },
  {
    name: 'phone',
    width: 390,
    height: 844,
    drills: [
      ['wrong order', wrongOrder],
      ['a token leaked', tokenLeaked],
    ],
  },
] as const;

for (const size of SIZES) {
  // Real clicks through "Show me" and the panels at this size, verdict in view: a browser's.
  test(`drills on a ${size.name}: ${size.drills.map(([name]) => name).join(', ')}`, async ({
    page,
  }) => {
    // Several drills in one page: a drill's budget each.
    test.setTimeout(size.drills.length * 40_000);
    await page.setViewportSize({width: size.width, height: size.height});
    await page.clock.install();
    await openSandbox(page);
    for (const [name, run] of size.drills) await test.step(name, () => run(page));
  });
}

// Undo across a Reset and a drill start, through the real toolbar and notice.
test('Reset, then a drill, then Undo: the reader’s own integration is back', async ({page}) => {
  await openSandbox(page);
  await createWithToken(page, 'Mine');
  await page.getByRole('button', {name: 'Reset sandbox'}).click();
  await startDrill(page, 'Two integrations');
  // The untouched reset is not what Undo goes back to: the reader's sandbox is.
  await expect(page.getByTestId('sandbox-notice')).toContainText('Undo puts it back');
  await page.getByTestId('sandbox-notice').getByRole('button', {name: 'Undo'}).click();
  await expect(panel(page, 'Steps')).toContainText('Planned rotation');
  await expect(panel(page, 'Stitch web app')).toContainText('Mine');
  await expect(page.getByRole('button', {name: /^Undo/})).toHaveCount(0);
});
