import {
  STORAGE_KEY,
  addIntegration,
  coach,
  copyAndClose,
  createWithToken,
  expect,
  openSandbox,
  panel,
  revokeToken,
  showPanel,
  test,
  useCopied,
} from './sandbox-helpers';

/*
 * What the sandbox says matches the state at every moment, never the last click; names a
 * warehouse could not hold are refused next to the field.
 */

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

test('the Connect console marks a response that answers another request than the form', async ({
  page,
}) => {
  await openSandbox(page);
  await createWithToken(page, 'Console Co');
  const connect = panel(page, 'Connect API console');
  await connect.getByLabel('Endpoint').selectOption('list-tokens');
  await connect.getByRole('button', {name: 'Send request'}).click();
  await expect(connect.getByRole('status')).toContainText('200 OK');
  await expect(connect.getByTestId('stale-response')).toHaveCount(0);
  await connect.getByLabel('source_id').fill('abc');
  await expect(connect.getByTestId('stale-response')).toContainText(
    'answered the previous request',
  );
});

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

test('a share link’s notice is in view and announced, with Undo, when it replaces a sandbox', async ({
  page,
  browser,
}) => {
  await openSandbox(page);
  await createWithToken(page, 'Shared One');
  await page.getByRole('button', {name: 'Share'}).click();
  const link = await page.getByLabel('Share link').inputValue();

  const context = await browser.newContext({viewport: {width: 390, height: 844}});
  const other = await context.newPage();
  await openSandbox(other);
  await showPanel(other, 'Stitch web app');
  await createWithToken(other, 'Mine');
  await other.goto(link);
  const notice = other.getByTestId('sandbox-notice');
  await expect(notice.getByRole('status')).toContainText('Loaded the shared scenario');
  await expect(notice).toBeInViewport();
  await notice.getByRole('button', {name: 'Undo'}).click();
  const saved = await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(saved).toContain('Mine');
  await context.close();
});

test('after the first token window closes, focus is on the tokens section, not the page', async ({
  page,
}) => {
  await openSandbox(page);
  await addIntegration(page, 'Focus Co');
  await copyAndClose(page);
  await expect(page.getByRole('heading', {name: 'API Access Tokens'})).toBeFocused();
});
