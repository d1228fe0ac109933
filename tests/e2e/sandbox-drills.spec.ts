import {
  counter,
  copyAndClose,
  expect,
  openSandbox,
  panel,
  revokeToken,
  setTraffic,
  test,
  useCopied,
  verdict,
} from './sandbox-helpers';

/*
 * The drills in the workspace's toolbar: each starts fresh (with Undo), has its own steps,
 * and ends with its own verdict.
 */

async function startDrill(page: import('@playwright/test').Page, name: string): Promise<void> {
  await page.getByLabel('Drill').selectOption({label: name});
  await page.getByRole('button', {name: 'Start drill'}).click();
  await expect(panel(page, 'Steps')).toContainText(name);
}

const step = (page: import('@playwright/test').Page, key: string) =>
  panel(page, 'Steps').locator(`[data-step="${key}"]`);

test('a token leaked: revoke at once, generate, switch, re-send; the verdict counts the window', async ({
  page,
}) => {
  await openSandbox(page);
  await startDrill(page, 'A token leaked');
  const leaked = Number(
    (await page.getByTestId('app-token').textContent())!.match(/Token (\d+)/)![1],
  );
  await expect(step(page, 'revoke-leaked')).toHaveAttribute('aria-current', 'step');
  await setTraffic(page, true);
  // As the step says: the integration's Settings tab, from the Dashboard.
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Customer Records'}).click();
  await web.getByRole('button', {name: 'Settings'}).click();
  const dialog = await revokeToken(page, leaked);
  await expect(dialog.getByTestId('revoke-warning')).toBeVisible();
  await dialog.getByRole('button', {name: 'Revoke'}).click();
  await expect.poll(() => counter(page, 'Failed')).toBeGreaterThanOrEqual(2);
  await expect(verdict(page)).toContainText(/Leaked token revoked\. 401 window so far/);
  await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
  const fresh = await copyAndClose(page);
  await useCopied(page, fresh.tokenId);
  await expect(step(page, 'switched')).toContainText('Done', {timeout: 20_000});
  await setTraffic(page, false);
  await panel(page, 'Request log and failed requests')
    .getByRole('button', {name: 'Re-send failed requests'})
    .click();
  await expect(verdict(page)).toContainText(
    /^Leak contained: a 401 window of \d+ seconds? \(\d+ requests? refused\), \d+ records? re-sent, 0 lost$/,
  );
  await expect(page.getByTestId('status-line')).toContainText('All steps done');
  // The application sends the new token now: the first step still names the leaked one.
  await expect(step(page, 'revoke-leaked')).toContainText(`Token ${leaked} has leaked`);
});

test('an Import API outage: 503/504 held and retried with back-off, then delivered', async ({
  page,
}) => {
  await page.clock.install();
  await openSandbox(page);
  await startDrill(page, 'Import API outage');
  await expect(page.getByRole('switch', {name: 'Import API outage'})).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await setTraffic(page, true);
  await page.clock.runFor(12_000);
  const log = panel(page, 'Request log and failed requests');
  await expect(log.locator('tr[data-status="503"], tr[data-status="504"]').first()).toBeVisible();
  await expect(log.getByText(/\(retry \d+\)/).first()).toBeVisible();
  await expect(page.getByTestId('pending')).toContainText('503/504');
  await page.getByRole('switch', {name: 'Import API outage'}).click();
  await page.clock.runFor(65_000);
  await expect(page.getByTestId('pending')).toHaveCount(0);
  await expect(verdict(page)).toContainText('were retried with back-off: 0 records lost');
  await setTraffic(page, false);
});

test('planned rotation: "new token validated" ticks between generating and switching', async ({
  page,
}) => {
  await openSandbox(page);
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill('Validate Co');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  const first = await copyAndClose(page);
  await useCopied(page, first.tokenId);
  await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
  await web.getByRole('button', {name: 'Generate Token'}).click();
  await copyAndClose(page);
  await expect(step(page, 'validated')).toHaveAttribute('aria-current', 'step');
  await panel(page, 'Your application')
    .getByRole('button', {name: 'Validate the newest token I copied'})
    .click();
  await expect(step(page, 'validated')).toContainText('Done');
  await expect(panel(page, 'Your application').getByTestId('last-response')).toContainText(
    'Batch is valid!',
  );
  await expect(step(page, 'switched')).toHaveAttribute('aria-current', 'step');
});

test('starting a drill keeps the sandbox it replaces: Undo puts it back', async ({page}) => {
  await openSandbox(page);
  await startDrill(page, 'Two integrations');
  await expect(panel(page, 'Destination')).toContainText('orders');
  // Nothing of the reader's was replaced (an empty sandbox): nothing to undo.
  const notice = page.getByTestId('sandbox-notice');
  await expect(notice).toHaveText(/^Drill started fresh\./);
  await notice.getByRole('button', {name: 'Dismiss notice'}).click();
  await startDrill(page, 'Planned rotation');
  await expect(page.getByText('No integrations yet.')).toBeVisible();
  await page.getByTestId('sandbox-notice').getByRole('button', {name: 'Undo'}).click();
  await expect(panel(page, 'Steps')).toContainText('Two integrations');
  await expect(panel(page, 'Destination')).toContainText('orders');
});
