import type {Page} from '@playwright/test';
import {
  addIntegration,
  coach,
  copyAndClose,
  createWithToken,
  expect,
  openSandbox,
  panel,
  revokeToken,
  setTraffic,
  showPanel,
  test,
  useCopied,
} from './sandbox-helpers';

/*
 * The sandbox's guidance tells the truth at the moment it matters: steps tick only while
 * what they name is true, a mistake is caught as it is made, every dead end says how to get
 * out, and the reader's own habits (Ctrl+C, the keyboard) count. What it says matches the
 * state at every moment, never the last click; names a warehouse could not hold are refused
 * next to the field.
 */

const step = (page: Page, key: string) => panel(page, 'Steps').locator(`[data-step="${key}"]`);
const done = (page: Page, key: string) =>
  expect(step(page, key)).toHaveAttribute('data-done', 'true');
const notDone = (page: Page, key: string) =>
  expect(step(page, key)).toHaveAttribute('data-done', 'false');

/** The application pushes on its first token, and a second token's window is open. */
async function midRotation(page: Page) {
  await page.clock.install();
  await openSandbox(page);
  const first = await createWithToken(page, 'Customer Records');
  await useCopied(page, first.tokenId);
  await setTraffic(page, true);
  await page.clock.runFor(2_000);
  await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
  return first;
}

// The steps as the page ticks them after real clicks through the web app.
test('a second token alone ticks nothing the reader did not do', async ({page}) => {
  await openSandbox(page);
  await createWithToken(page, 'Orders');
  await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
  await copyAndClose(page);
  await done(page, 'create-integration');
  for (const key of ['app-uses-token', 'traffic-on', 'second-token', 'switched'])
    await notDone(page, key);
  await expect(coach(page)).toContainText('Use the newest token I copied');
});

// Dialog focus and the steps coming undone as traffic runs on the page's clock.
test('revoking the token in use with two active warns, focus on Cancel; the steps come undone', async ({
  page,
}) => {
  const first = await midRotation(page);
  const second = await copyAndClose(page);

  const dialog = await revokeToken(page, first.tokenId);
  await expect(dialog.getByTestId('revoke-warning')).toContainText(
    `Your application still sends token ${first.tokenId}`,
  );
  await expect(dialog.getByTestId('revoke-warning')).toContainText(
    `Switch the application to token ${second.tokenId} first`,
  );
  await expect(dialog.getByRole('button', {name: 'Cancel'})).toBeFocused();
  await dialog.getByRole('button', {name: 'Revoke'}).click();
  await page.clock.runFor(3_000);
  // The switch was not made: it is not shown as done, and the coach says how to recover.
  await notDone(page, 'switched');
  await notDone(page, 'app-uses-token');
  await expect(coach(page)).toContainText(`token ${second.tokenId} is the one you copied last`);
  await useCopied(page, second.tokenId);
  await page.clock.runFor(2_000);
  await expect(coach(page)).toContainText('First: ');
  await expect(coach(page)).toContainText('Re-send');
  await setTraffic(page, false);
});

// Real focus and clicks in the modal the Connect console opens before a DELETE.
test('the Connect console asks before a DELETE of the token in use, and marks a stale response', async ({
  page,
}) => {
  await openSandbox(page);
  const t = await createWithToken(page, 'Console Co');
  await useCopied(page, t.tokenId);
  await showPanel(page, 'Connect API console');
  const connect = panel(page, 'Connect API console');
  await connect.getByLabel('Endpoint').selectOption('revoke');
  await expect(connect.getByLabel('token_id')).toHaveValue(String(t.tokenId));
  await connect.getByRole('button', {name: 'Send request'}).click();
  const dialog = page.getByRole('dialog', {name: `Revoke token ${t.tokenId}?`});
  await expect(dialog.getByTestId('revoke-warning')).toContainText('Your application still sends');
  await expect(dialog.getByRole('button', {name: 'Cancel'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // Cancelled: nothing was sent.
  await expect(connect.getByRole('status')).toBeEmpty();
  await connect.getByRole('button', {name: 'Send request'}).click();
  await dialog.getByRole('button', {name: 'Send DELETE'}).click();
  await expect(connect.getByRole('status')).toContainText('200 OK');

  // A response that answers another request than the form shows is marked as such.
  await connect.getByLabel('Endpoint').selectOption('list-tokens');
  await connect.getByRole('button', {name: 'Send request'}).click();
  await expect(connect.getByRole('status')).toContainText('200 OK');
  await expect(connect.getByTestId('stale-response')).toHaveCount(0);
  await connect.getByLabel('source_id').fill('abc');
  await expect(connect.getByTestId('stale-response')).toContainText(
    'answered the previous request',
  );
});

// A reload with a real dialog open, and traffic resumed by the next page load.
test('a reload with the token window open: the coach says the value is gone and how to replace it', async ({
  page,
}) => {
  await midRotation(page);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.reload();
  await openSandbox(page);
  // Traffic that was on is on again.
  await expect(
    panel(page, 'Your application').getByRole('switch', {name: /^Continuous traffic/}),
  ).toHaveAttribute('aria-checked', 'true');
  await expect(coach(page)).toContainText('Replace the lost token');
  await expect(step(page, 'second-token')).toContainText('value is gone');
  const lost = Number(
    (await step(page, 'second-token').textContent())!.match(/Token (\d+)’s value is gone/)![1],
  );
  // The way out the step names: revoke the unused token, generate again.
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Customer Records'}).click();
  await web.getByRole('button', {name: 'Settings'}).click();
  const dialog = await revokeToken(page, lost);
  await expect(dialog.getByTestId('revoke-warning')).toHaveCount(0);
  await dialog.getByRole('button', {name: 'Revoke'}).click();
  await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
  await copyAndClose(page);
  await expect(coach(page)).toContainText('Validate the new token');
  await setTraffic(page, false);
});

// Computed opacity, real focus moves and a real Ctrl+C in the dialog: only a browser shows.
test('disabled controls look disabled and say why; "Show me" moves focus; Ctrl+C in the token window counts as copying', async ({
  page,
}) => {
  await openSandbox(page);
  const use = panel(page, 'Your application').getByRole('button', {
    name: 'Use the newest token I copied',
  });
  await expect(use).toHaveAttribute('aria-disabled', 'true');
  await expect(use).toHaveAccessibleDescription(/Nothing copied yet/);
  expect(Number(await use.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
  const resend = page.getByRole('button', {name: 'Re-send failed requests'});
  await expect(resend).toHaveAccessibleDescription('None waiting.');
  expect(Number(await resend.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);

  await page.getByTestId('coach').getByRole('button', {name: 'Show me'}).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page, 'Stitch web app')).toBeFocused();

  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill('Keyboard Co');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  const dialog = page.getByRole('dialog', {name: 'Your new API access token'});
  const field = dialog.getByLabel('Access token');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+C');
  await expect(dialog.getByRole('status')).toContainText('Copied token');
  await dialog.getByRole('button', {name: 'Close and Continue'}).click();
  // After the first token window closes, focus is on the tokens section, not the page.
  await expect(page.getByRole('heading', {name: 'API Access Tokens'})).toBeFocused();
  await expect(panel(page, 'Your application')).toContainText('Last copied: token');
});

// Toolbar status and notice expiring across real clicks, Undo in the toolbar.
test('messages expire when a later action makes them untrue', async ({page}) => {
  await openSandbox(page);
  await createWithToken(page, 'Shared Co');
  await page.getByRole('button', {name: 'Share'}).click();
  const said = page.getByTestId('toolbar-status');
  await expect(said).toContainText('Share link copied');
  await page.getByRole('button', {name: 'Reset sandbox'}).click();
  await expect(said).toHaveText('');
  await expect(page.getByLabel('Share link')).toHaveCount(0);

  const notice = page.getByTestId('sandbox-notice');
  await expect(notice).toContainText('Sandbox reset');
  await createWithToken(page, 'Next Co');
  // The notice was about the reset; the reader has moved on. Undo stays in the toolbar.
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', {name: 'Undo the reset'}).click();
  await expect(panel(page, 'Stitch web app')).toContainText('Shared Co');
});

// The queue line and coach after a real revoke and push, and a click on a disabled re-send.
test('the failed-request line follows the queue, not the last click', async ({page}) => {
  await openSandbox(page);
  const t = await createWithToken(page, 'Queue Co');
  await useCopied(page, t.tokenId);
  const log = panel(page, 'Request log and failed requests');
  const line = log.getByTestId('failed-queue');
  const resend = log.getByRole('button', {name: 'Re-send failed requests'});
  await expect(line).toHaveText('None waiting.');
  await resend.click({force: true}); // nothing to re-send: nothing happens, nothing is said
  const dialog = await revokeToken(page, t.tokenId);
  await dialog.getByRole('button', {name: 'Revoke'}).click();
  await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
  await expect(line).toContainText('1 failed request (3 records) waiting to be re-sent');
  await expect(log).not.toContainText('There are no failed requests to re-send');
  // The coach says what comes first: a valid token (a re-send with the revoked one fails).
  await expect(coach(page)).toContainText('Give the app a valid token');
});

// Field errors, focus moves and the schema preview as typed into the real form.
test('schema names: characters an identifier cannot hold are left out, an empty one is refused', async ({
  page,
}) => {
  await openSandbox(page);
  const web = panel(page, 'Stitch web app');
  await addIntegration(page, "Robert'); DROP TABLE--");
  await copyAndClose(page);
  await web.getByRole('button', {name: 'Stitch Dashboard'}).click();
  await expect(web).toContainText('robert_drop_table__');

  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  const name = web.getByLabel('Integration name');
  await name.fill('!!!');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/no letter or digit/);
  await expect(name).toHaveValue('!!!');
  // Focus goes to the field the message is about: fixing it is what comes next.
  await expect(name).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // "Use a different schema name?" opens the Integration Schema Name field, with focus.
  await name.fill('Customer Records');
  await web.getByRole('button', {name: 'Use a different schema name?'}).click();
  const schema = web.getByLabel('Integration Schema Name');
  await expect(schema).toBeFocused();
  await schema.fill('CRM (EU)');
  await expect(web.getByTestId('schema-preview')).toHaveText('crm_eu');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  await copyAndClose(page);
  // Every schema shows Stitch's _sdc_rejected table.
  const dest = panel(page, 'Destination');
  await expect(dest.locator('[data-schema="crm_eu"] tr[data-table="_sdc_rejected"]')).toBeVisible();
});
