import type {Page} from '@playwright/test';
import {expectNoAxeViolations} from './axe';
import {
  addIntegration,
  coach,
  copyAndClose,
  counter,
  createWithToken,
  expect,
  openSandbox,
  panel,
  pasteToken,
  revokeToken,
  rowCount,
  SANDBOX,
  savedPlacement,
  savedState,
  schemaTotal,
  setTraffic,
  STORAGE_KEY,
  tabTo,
  test,
  useCopied,
  verdict,
} from './sandbox-helpers';
import {defined} from '../support/defined';

/**
 * Waits until the "Succeeded" or "Failed" counter has grown by at least `n` (traffic keeps
 * pushing). The counters are exact; the log table shows only the newest rows, so counting its
 * rows stops growing under continuous traffic.
 */
async function waitForPushes(page: Page, outcome: 'Succeeded' | 'Failed', n = 1): Promise<void> {
  const before = await counter(page, outcome);
  await expect
    .poll(() => counter(page, outcome), {timeout: 20_000})
    .toBeGreaterThanOrEqual(before + n);
}

/** A fresh sandbox whose application pushes continuously with Customer Records' first token. */
async function appPushingContinuously(page: Page) {
  await openSandbox(page);
  const old = await createWithToken(page, 'Customer Records');
  await useCopied(page, old.tokenId);
  await setTraffic(page, true);
  await waitForPushes(page, 'Succeeded');
  return old;
}

/** A token in use and one push sent, from an empty sandbox. */
async function pushedOnce(page: Page): Promise<number> {
  await addIntegration(page, 'Customer Records');
  const t = await copyAndClose(page);
  await useCopied(page, t.tokenId);
  await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
  return t.tokenId;
}

test.describe('token rotation sandbox', () => {
  // The server-rendered HTML as served: no browser needed, kept beside the sandbox's tests.
  test('the page is server-rendered with a placeholder and a noscript line', async ({request}) => {
    const html = await (await request.get(SANDBOX)).text();
    expect(html).toContain('What to try');
    expect(html).toContain('<noscript>');
    expect(html).toContain('needs JavaScript');
    expect(html).not.toContain('Save and Generate Token</button>');
  });

  // Real clicks through a rotation while the page's own timers push traffic: a browser's run.
  test('safe rotation with continuous traffic: 0 failed requests', async ({page}) => {
    const old = await appPushingContinuously(page);

    const web = panel(page, 'Stitch web app');
    await web.getByRole('button', {name: 'Generate Token'}).click();
    const fresh = await copyAndClose(page);
    await useCopied(page, fresh.tokenId);
    // Verify the switch the way the guide says: the new token's "last used" time appears.
    await expect(web.locator(`tr[data-token-id="${fresh.tokenId}"] td`).nth(1)).toContainText(
      /\d\d:\d\d:\d\d UTC/,
    );

    const dialog = await revokeToken(page, old.tokenId);
    await expect(dialog.getByTestId('revoke-warning')).toHaveCount(0);
    await dialog.getByRole('button', {name: 'Revoke'}).click();
    await expect(dialog).toBeHidden();
    await waitForPushes(page, 'Succeeded');

    await expect(verdict(page)).toHaveText('Rotated with 0 interrupted requests', {
      timeout: 10_000,
    });
    await setTraffic(page, false);
    expect(await counter(page, 'Failed')).toBe(0);
    await expect(
      panel(page, 'Request log and failed requests').getByTestId('failed-queue'),
    ).toHaveText('None waiting.');
  });

  // Failures queued under real traffic, and a forced click on the aria-disabled Re-send.
  test('revoke first: failures are queued, counted, and re-sent exactly once', async ({page}) => {
    const old = await appPushingContinuously(page);

    const dialog = await revokeToken(page, old.tokenId);
    await expect(dialog.getByTestId('revoke-warning')).toContainText(
      'Your application still sends token',
    );
    await dialog.getByRole('button', {name: 'Revoke'}).click();
    await waitForPushes(page, 'Failed', 2);
    await setTraffic(page, false);

    const failed = await counter(page, 'Failed');
    expect(failed).toBeGreaterThanOrEqual(2);
    const log = panel(page, 'Request log and failed requests');
    await expect(log.getByTestId('failed-queue')).toContainText(`${failed} failed requests`);
    await expect(verdict(page)).toHaveText(
      `${failed} requests failed while an invalid token was in use: re-send them`,
    );

    // With the revoked token a re-send would be refused: the button says why, before a click,
    // and a click changes nothing.
    const resend = log.getByRole('button', {name: 'Re-send failed requests'});
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveAccessibleDescription(/which is revoked/);
    // (force: Playwright will not click what says it is disabled; a reader can.)
    await resend.click({force: true});
    expect(await counter(page, 'Failed')).toBe(failed);

    await panel(page, 'Stitch web app').getByRole('button', {name: 'Generate Token'}).click();
    const fresh = await copyAndClose(page);
    await useCopied(page, fresh.tokenId);
    await expect(resend).not.toHaveAttribute('aria-disabled');
    await resend.click();
    await expect(log.getByTestId('last-resend')).toContainText(`from ${failed} failed requests`);
    await expect(log.getByTestId('failed-queue')).toContainText('None waiting');
    await expect(verdict(page)).toContainText(`${failed} requests failed`);
    await expect(verdict(page)).toContainText('were re-sent');

    // Every record is in the destination exactly once.
    const loaded = await counter(page, 'Records loaded');
    expect(await schemaTotal(page, 'customer_records')).toBe(loaded);
    const placement = await savedPlacement(page);
    expect(placement.duplicates).toEqual([]);
    expect(placement.queued).toEqual([]);
    expect(placement.loaded.size).toBe(loaded);
  });

  // A real click on a disabled Generate Token; its description as the browser exposes it.
  test('a third active token is refused, with the reason next to the button', async ({page}) => {
    await openSandbox(page);
    await createWithToken(page, 'Customer Records');
    const web = panel(page, 'Stitch web app');
    await web.getByRole('button', {name: 'Generate Token'}).click();
    await copyAndClose(page);
    // The reason is shown, and is the button's description, before any click.
    await expect(web.getByTestId('generate-limit')).toContainText('already has 2 active tokens');
    await expect(web.getByRole('button', {name: 'Generate Token'})).toHaveAccessibleDescription(
      /already has 2 active tokens/,
    );
    await expect(web.getByRole('button', {name: 'Generate Token'})).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // A real third attempt (force: Playwright will not click what says it is disabled; a
    // reader can): nothing happens, and the reason is said once, not twice.
    await web.getByRole('button', {name: 'Generate Token'}).click({force: true});
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(web.locator('tr[data-token-id]')).toHaveCount(2);
    await expect(web.getByText(/already has 2 active tokens/)).toHaveCount(1);
  });

  // The field's error as typed into the real form: aria-invalid, the message visible.
  test('a refused integration name is explained next to the field', async ({page}) => {
    await openSandbox(page);
    await createWithToken(page, 'Customer Records');
    await addIntegration(page, 'customer-records');
    const web = panel(page, 'Stitch web app');
    await expect(web.getByTestId('schema-preview')).toHaveText('customer_records');
    await expect(web.getByLabel('Integration name')).toHaveAttribute('aria-invalid', 'true');
    await expect(web.getByText(/already used by another integration/)).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  // The rendered DOM and real localStorage after Close and Continue: the secret in neither.
  test('the token is revealed once: gone from the page after Close and Continue', async ({
    page,
  }) => {
    await openSandbox(page);
    await addIntegration(page, 'Customer Records');
    const {secret} = await copyAndClose(page);
    expect(secret).toMatch(/^sandbox_not_a_real_token_/);
    expect(await page.content()).not.toContain(secret);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved).not.toContain(secret);
  });

  // A secret pasted into the real field and a real push: only A's schema grows on the page.
  test("scoping: a push with integration A's token changes only A's schema", async ({page}) => {
    await openSandbox(page);
    const a = await createWithToken(page, 'Alpha Team');
    await createWithToken(page, 'Beta Team');
    // The application takes A's token by value, as a pasted secret.
    const app = panel(page, 'Your application');
    await pasteToken(page, a.secret);
    await expect(app.getByTestId('app-token')).toContainText(`Token ${a.tokenId}`);
    await app.getByRole('button', {name: 'Send push'}).click();
    await expect(app.getByTestId('last-response')).toContainText('201');
    // Each integration's application writes tables named after its own schema.
    await expect.poll(() => rowCount(page, 'alpha_team', 'alpha_team')).toBe(3);
    await expect.poll(() => schemaTotal(page, 'beta_team')).toBe(0);
  });

  // A real paste: the field's error, description and kept text, then a real 401 on the page.
  test('a bad token value is explained, and the typed text is kept', async ({page}) => {
    await openSandbox(page);
    const app = panel(page, 'Your application');
    const field = app.getByLabel('Access token the application sends');
    // A pasted Authorization value: refused next to the field, with what to paste instead.
    await pasteToken(page, 'Bearer sandbox_not_a_real_token_0123');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/without "Bearer "/);
    await expect(field).toHaveValue('Bearer sandbox_not_a_real_token_0123');
    await expect(app.getByTestId('app-token')).toContainText('No token');
    // A value that matches no token is sent, and the line above says what it means.
    await pasteToken(page, 'not-a-token');
    await expect(field).toHaveValue('not-a-token');
    await expect(app.getByTestId('app-token')).toContainText(/matches no token.*paste it whole/);
    await app.getByRole('button', {name: 'Send push'}).click();
    await expect(app.getByTestId('last-response')).toContainText('401');
  });

  // Real reloads from localStorage: the sandbox restored, and Reset's Undo surviving a reload.
  test('reload restores; Reset sandbox clears', async ({page}) => {
    await openSandbox(page);
    const t = await createWithToken(page, 'Customer Records');
    await useCopied(page, t.tokenId);
    await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
    await page.reload();
    await openSandbox(page);
    await expect(
      panel(page, 'Stitch web app').getByRole('button', {name: 'Customer Records'}),
    ).toBeVisible();
    await expect.poll(() => rowCount(page, 'customer_records', 'customer_records')).toBe(3);

    await page.getByRole('button', {name: 'Reset sandbox'}).click();
    await expect(page.getByText('No integrations yet.')).toBeVisible();
    await expect(panel(page, 'Destination')).toContainText('No schemas yet');
    await expect.poll(() => counter(page, 'Requests')).toBe(0);
    // Reset keeps what it replaced: Undo is offered, and still is after a reload.
    await expect(page.getByTestId('sandbox-notice')).toContainText('Undo puts it back');
    await page.reload();
    await openSandbox(page);
    await expect(page.getByText('No integrations yet.')).toBeVisible();
    await page.getByTestId('sandbox-notice').getByRole('button', {name: 'Undo'}).click();
    await expect.poll(() => rowCount(page, 'customer_records', 'customer_records')).toBe(3);
    await expect(page.getByTestId('sandbox-notice')).toContainText('Your previous sandbox is back');
  });

  // Corrupt data in real localStorage before load: the alert shown, dismissed by a real click.
  test('corrupt saved state resets with a visible notice', async ({page}) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"v":2,"oops');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await openSandbox(page);
    await expect(page.getByRole('alert')).toContainText('could not be restored');
    await page.getByRole('button', {name: 'Dismiss notice'}).click();
    await expect(page.getByTestId('sandbox-notice')).toHaveCount(0);
    await createWithToken(page, 'Works Again');
  });

  // A share link opened in a fresh browser context, with none of the first one's storage.
  test('a share link reproduces the scenario in a fresh browser', async ({page, browser}) => {
    await openSandbox(page);
    const t = await createWithToken(page, 'Shared Scenario');
    await useCopied(page, t.tokenId);
    await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
    await page.getByRole('button', {name: 'Share'}).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toContain('#share=');
    expect(link).not.toContain(t.secret);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openSandbox(other, link);
    await expect(
      other.getByRole('status').filter({hasText: 'Loaded the shared scenario.'}),
    ).toBeVisible();
    await expect(
      panel(other, 'Stitch web app').getByRole('button', {name: 'Shared Scenario'}),
    ).toBeVisible();
    await expect.poll(() => rowCount(other, 'shared_scenario', 'shared_scenario')).toBe(3);
    await fresh.close();
  });

  // Two real tabs on one storage: the takeover, and a save holding both tabs' writes.
  test('two tabs do not corrupt each other: one writes, the other takes over to write', async ({
    page,
    context,
  }) => {
    await openSandbox(page);
    const second = await context.newPage();
    await openSandbox(second);
    await createWithToken(page, 'Alpha');
    const web2 = panel(second, 'Stitch web app');
    await expect(web2.getByRole('button', {name: 'Alpha'})).toBeVisible();
    await second.getByRole('button', {name: 'Use the sandbox here'}).click();
    await createWithToken(second, 'Beta');
    await page.reload();
    await openSandbox(page);
    const saved = await savedState(page);
    expect(saved.integrations.map((i) => i.schema)).toEqual(['alpha', 'beta']);
  });

  // Real Tab, Enter and Space presses and where focus lands, counted: only a browser moves focus.
  test('keyboard only: a safe rotation from the top of the page in at most 40 key presses', async ({
    page,
  }) => {
    await openSandbox(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };
    const tab = async (name: string, opts: Parameters<typeof tabTo>[2] = {}) => {
      presses += await tabTo(page, name, opts);
    };
    const reveal = page.getByRole('dialog', {name: 'Your new API access token'});

    // Docusaurus's skip link, then the sandbox page's own: focus lands on the web app.
    await tab('Skip to main content');
    await tab('Skip to the sandbox');
    await press('Enter');
    await expect(panel(page, 'Stitch web app')).toBeFocused();
    await tab('Add Integration');
    await press('Enter');
    await tab('Import API');
    await press('Enter');
    await tab('Integration name');
    presses += 1; // typing a one-letter name
    await page.keyboard.type('K');
    await press('Enter');
    await expect(reveal.getByRole('button', {name: 'Copy', exact: true})).toBeFocused();
    await page.keyboard.press('Escape'); // must not close the reveal (not counted)
    await expect(reveal).toBeVisible();
    await press('Enter');
    // Copied: focus is on Close and Continue; after it, on the API Access Tokens section.
    await expect(reveal.getByRole('button', {name: 'Close and Continue'})).toBeFocused();
    await press('Enter');
    await expect(reveal).toBeHidden();
    await expect(page.getByRole('heading', {name: 'API Access Tokens'})).toBeFocused();
    const oldId = defined((await savedState(page)).tokens[0], 'token').id;

    await tab('Use the newest token I copied');
    await press('Enter');
    await tab('Continuous traffic');
    await press('Space');
    // As the coach says: generate once traffic has run on the token (its Last used time).
    await expect(coach(page)).toContainText('Generate Token');
    await tab('Generate Token', {backwards: true});
    await press('Enter');
    await press('Enter'); // Copy
    await press('Enter'); // Close and Continue
    await expect(reveal).toBeHidden();
    await tab('Use the newest token I copied');
    await press('Enter');
    const sends = page.getByTestId('app-token');
    await expect(sends).not.toContainText(String(oldId));
    const newId = Number((await sends.textContent())!.match(/Token (\d+)/)![1]);
    await expect(
      panel(page, 'Stitch web app').locator(`tr[data-token-id="${newId}"] td`).nth(1),
    ).toContainText(/\d\d:\d\d:\d\d UTC/);

    await tab('Revoke', {backwards: true, describedBy: String(oldId)});
    await press('Enter');
    // The old token is no longer in use: the confirmation starts on Revoke.
    const confirm = page.getByRole('dialog', {name: `Revoke token ${oldId}?`});
    await expect(confirm.getByRole('button', {name: 'Revoke'})).toBeFocused();
    await press('Enter');
    await expect(confirm).toBeHidden();
    await expect(verdict(page)).toHaveText('Rotated with 0 interrupted requests');
    expect(presses).toBeLessThanOrEqual(40);
    test.info().annotations.push({type: 'key presses', description: String(presses)});
  });

  // Escape on a real modal dialog, and focus back on its opener: only a browser does that.
  test('keyboard: Escape closes the revoke confirmation and focus returns to its Revoke', async ({
    page,
  }) => {
    await openSandbox(page);
    const t = await pushedOnce(page);
    const dialog = await revokeToken(page, t);
    // Revoking the token in use: the confirmation starts on Cancel.
    await expect(dialog.getByRole('button', {name: 'Cancel'})).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator(':focus')).toHaveText('Revoke');
  });

  // Only a browser computes what axe checks (contrast, names, roles as rendered), per theme:
  // the empty workspace, the page once in use, and each dialog on its own over it.
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no violations, ${colorScheme} theme`, async ({page}) => {
      // A whole-page analysis and two of a dialog: twice one analysis's budget.
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme});
      await openSandbox(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await test.step('empty sandbox', async () => {
        // The page around the workspace is the same once in use, and analysed whole then.
        await expectNoAxeViolations(page, 'empty sandbox', '[data-sandbox-shell]');
      });
      let tokenId = 0;
      await test.step('reveal dialog open', async () => {
        await addIntegration(page, 'Customer Records');
        await expectNoAxeViolations(page, 'reveal dialog open', 'dialog[open]');
        tokenId = (await copyAndClose(page)).tokenId;
      });
      await test.step('after a push and a share', async () => {
        await useCopied(page, tokenId);
        await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
        await page.getByRole('button', {name: 'Share'}).click();
        await expect(page.getByLabel('Share link')).toBeVisible();
        await expectNoAxeViolations(page, 'after a push and a share');
      });
      await test.step('revoke dialog open, with its warning', async () => {
        await revokeToken(page, tokenId);
        await expect(page.getByTestId('revoke-warning')).toBeVisible();
        await expectNoAxeViolations(page, 'revoke dialog open', 'dialog[open]');
      });
    });
  }
});
