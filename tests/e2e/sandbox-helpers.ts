import {expect, test as base, type Locator, type Page} from '@playwright/test';
import {load} from '../../src/tokens/persistence';
import {unwrap as unwrapSaved} from '../../src/components/SandboxStore/store';
import {recordPlacement} from '../support/sandbox-views';
import type {SandboxState} from '../../src/tokens/model';
import {gotoHydrated, sitePath} from './helpers';

export const SANDBOX = sitePath('developers/import-api/guides/token-rotation-sandbox/');
export const STORAGE_KEY = 'stitch-token-sandbox:sandbox';

/** Every sandbox test fails on a console error or an uncaught exception. */
export const test = base.extend<{consoleErrors: string[]}>({
  consoleErrors: [
    async ({page}, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    {auto: true},
  ],
  context: async ({context, baseURL}, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await use(context);
  },
});
export {expect};

/**
 * On a narrow screen the workspace shows one panel at a time: picks this one with the panel
 * switcher (the buttons are named by the panels' titles). Does nothing on a wide screen.
 */
export async function showPanel(page: Page, title: string): Promise<void> {
  const switcher = page.getByRole('navigation', {name: 'Sandbox panels'});
  if (!(await switcher.isVisible())) return;
  await switcher.getByRole('button', {name: title, exact: true}).click();
  await expect(switcher.getByRole('button', {name: title, exact: true})).toHaveAttribute(
    'aria-current',
    'true',
  );
}

/** Panels are regions named by their titles. */
export const panel = (page: Page, title: string): Locator =>
  page.getByRole('region', {name: title, exact: true});

export async function openSandbox(page: Page, url = SANDBOX): Promise<void> {
  await gotoHydrated(page, url);
  await expect(page.locator('[data-sandbox-shell="sandbox"] [data-ready="true"]')).toBeVisible();
}

/** Reads the reveal dialog's token id, copies the value and closes it. */
export async function copyAndClose(page: Page): Promise<{tokenId: number; secret: string}> {
  const dialog = page.getByRole('dialog', {name: 'Your new API access token'});
  await expect(dialog).toBeVisible();
  const secret = await dialog.getByLabel('Access token').inputValue();
  const tokenId = Number((await dialog.textContent())!.match(/Token (\d+) for/)![1]);
  await dialog.getByRole('button', {name: 'Copy', exact: true}).click();
  await expect(dialog.getByRole('status')).toContainText(new RegExp(`token ${tokenId}`, 'i'));
  await dialog.getByRole('button', {name: 'Close and Continue'}).click();
  await expect(dialog).toBeHidden();
  return {tokenId, secret};
}

/** Add Integration → Import API → name → Save and Generate Token; leaves the reveal open. */
export async function addIntegration(page: Page, name: string): Promise<void> {
  const web = panel(page, 'Stitch web app');
  await web.getByRole('button', {name: 'Stitch Dashboard'}).click();
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill(name);
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
}

export async function createWithToken(page: Page, name: string) {
  await addIntegration(page, name);
  return copyAndClose(page);
}

export async function useCopied(page: Page, tokenId: number): Promise<void> {
  const app = panel(page, 'Your application');
  await app.getByRole('button', {name: 'Use the newest token I copied'}).click();
  await expect(app.getByTestId('app-token')).toContainText(`Token ${tokenId}`);
}

/** Opens the application's "Or paste a token's value" form and sets the value. */
export async function pasteToken(page: Page, value: string): Promise<void> {
  const app = panel(page, 'Your application');
  const summary = app.getByText('Or paste a token’s value');
  if ((await app.locator('details[open]').count()) === 0) await summary.click();
  await app.getByLabel('Access token the application sends').fill(value);
  await app.getByRole('button', {name: 'Set token'}).click();
}

export async function setTraffic(page: Page, on: boolean): Promise<void> {
  const sw = panel(page, 'Your application').getByRole('switch', {name: /^Continuous traffic/});
  if ((await sw.getAttribute('aria-checked')) !== String(on)) await sw.click();
  await expect(sw).toHaveAttribute('aria-checked', String(on));
}

export async function counter(page: Page, name: string): Promise<number> {
  const dl = panel(page, 'Request log and failed requests').getByTestId('counters');
  const text = await dl
    .locator('div', {has: page.getByText(name, {exact: true})})
    .locator('dd')
    .textContent();
  return Number(text);
}

/** Row count of schema.table as the Destination panel shows it (0 when absent). */
export async function rowCount(page: Page, schema: string, table: string): Promise<number> {
  const row = panel(page, 'Destination').locator(
    `[data-schema="${schema}"] tr[data-table="${table}"]`,
  );
  if ((await row.count()) === 0) return 0;
  return Number(await row.getByTestId('row-count').textContent());
}

export async function schemaTotal(page: Page, schema: string): Promise<number> {
  const cells = panel(page, 'Destination').locator(
    `[data-schema="${schema}"] [data-testid="row-count"]`,
  );
  const texts = await cells.allTextContents();
  return texts.reduce((n, t) => n + Number(t), 0);
}

/** The drill's verdict, under its steps (the sandbox page). */
export function verdict(page: Page): Locator {
  return panel(page, 'Steps').getByTestId('drill-verdict');
}

/** The coach line: the step to do now, or the verdict once the drill is done. */
export function coach(page: Page): Locator {
  return page.getByTestId('coach-text').first();
}

/** The saved state, read back through the core as the next page load would. */
export async function savedState(page: Page): Promise<SandboxState> {
  // The writing tab saves each action before it returns: storage is up to date.
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const saved = unwrapSaved(text).text;
  expect(saved).not.toBeNull();
  const loaded = load(saved!);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.state;
}

/** Where each pushed record is (loaded, queued, duplicated), as the saved state says. */
export async function savedPlacement(page: Page): Promise<ReturnType<typeof recordPlacement>> {
  return recordPlacement(await savedState(page));
}

export async function revokeToken(page: Page, tokenId: number): Promise<Locator> {
  const web = panel(page, 'Stitch web app');
  await web.locator(`tr[data-token-id="${tokenId}"]`).getByRole('button', {name: 'Revoke'}).click();
  const dialog = page.getByRole('dialog', {name: `Revoke token ${tokenId}?`});
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has this accessible text, as a
 * keyboard user would; `describedBy` also matches the text of its description. Returns how
 * many times it pressed.
 */
export async function tabTo(
  page: Page,
  name: string,
  opts: {backwards?: boolean; describedBy?: string} = {},
): Promise<number> {
  for (let i = 0; i < 300; i++) {
    const hit = await page.evaluate(
      ({name, describedBy}) => {
        const el = document.activeElement as HTMLElement | null;
        if (el === null || el === document.body) return false;
        // The accessible text, roughly: aria-label, else label, else text minus hidden parts.
        const visible = el.cloneNode(true) as HTMLElement;
        visible.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
        const own =
          el.getAttribute('aria-label') ??
          ((el as HTMLInputElement).labels?.[0]?.textContent || visible.textContent) ??
          '';
        if (own.trim() !== name) return false;
        if (describedBy === undefined) return true;
        const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
        return ids.some((id) => document.getElementById(id)?.textContent?.trim() === describedBy);
      },
      {name, describedBy: opts.describedBy},
    );
    if (hit) return i;
    await page.keyboard.press(opts.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}
