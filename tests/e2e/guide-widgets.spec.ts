import type {Locator, Page} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {testBuildDir} from '../../scripts/test-build';
import {expectNoAxeViolations} from './axe';
import {GUIDE, gotoHydrated, mountWidgets} from './helpers';
import {copyAndClose, expect, test} from './sandbox-helpers';

/** The guide's widgets: each shell's region name, and the section it must sit in. */
const WIDGETS = [
  {label: 'Token scope demo', nth: 0, section: 'access-tokens-integrations'},
  {
    label: 'Stitch web app (simulated): generate a token',
    nth: 0,
    section: 'generate-token-stitch-web-app',
  },
  {
    label: 'Connect API console (simulated), generate a token',
    nth: 0,
    section: 'generate-token-via-the-connect-api',
  },
  {label: 'Guided rotation', nth: 0, section: 'rotate-your-api-access-tokens'},
  {
    label: 'Stitch web app (simulated): revoke a token',
    nth: 0,
    section: 'revoke-token-stitch-web-app',
  },
  {
    label: 'Connect API console (simulated), revoke a token',
    nth: 0,
    section: 'revoke-token-via-the-connect-api',
  },
] as const;

const widget = (page: Page, label: string, nth = 0): Locator =>
  page.getByRole('region', {name: label, exact: true}).nth(nth);

const scopeDemo = (page: Page) => widget(page, 'Token scope demo');
const generateApp = (page: Page) => widget(page, 'Stitch web app (simulated): generate a token');
const revokeApp = (page: Page) => widget(page, 'Stitch web app (simulated): revoke a token');
const generateConsole = (page: Page) =>
  widget(page, 'Connect API console (simulated), generate a token');
const revokeConsole = (page: Page) =>
  widget(page, 'Connect API console (simulated), revoke a token');
const guided = (page: Page) => widget(page, 'Guided rotation');

/** The id of the last section heading before the element, in document order. */
function sectionOf(el: Locator): Promise<string | null> {
  return el.evaluate((node) => {
    const headings = [...document.querySelectorAll('article :is(h2, h3, h4)[id]')];
    const before = headings.filter(
      (h) => h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    return before.at(-1)?.id ?? null;
  });
}

async function openGuide(page: Page): Promise<void> {
  await gotoHydrated(page, GUIDE);
  await mountWidgets(page);
  await expect(page.locator('[data-sandbox-shell] [data-ready="true"]')).toHaveCount(6);
}

/** Creates an integration in the generate widget; returns its first token id. */
async function createIntegration(page: Page, name: string): Promise<number> {
  const web = generateApp(page);
  // The widget starts on the Dashboard, as the guide's step 2 does.
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill(name);
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  return (await copyAndClose(page)).tokenId;
}

/** Token ids and their status column, as the revoke widget's API Access Tokens table shows. */
async function webTokens(page: Page): Promise<Record<string, string>> {
  const rows = revokeApp(page).locator('tr[data-token-id]');
  const out: Record<string, string> = {};
  for (const row of await rows.all()) {
    out[(await row.getAttribute('data-token-id'))!] = (await row.locator('td').nth(2).innerText())
      .replace(/ · .*/, '')
      .replace(/ \d\d:\d\d:\d\d UTC/, '');
  }
  return out;
}

async function send(
  console: Locator,
  endpoint: 'list-sources' | 'generate' | 'list-tokens' | 'revoke',
): Promise<{status: string; body: unknown}> {
  await console.getByLabel('Endpoint').selectOption(endpoint);
  const status = console.getByRole('status');
  // Each result is numbered, so a new one always differs from the last: wait for it, then
  // read the body that goes with it (not the previous request's).
  const before = await status.innerText();
  await console.getByRole('button', {name: 'Send request'}).click();
  await expect(status).not.toHaveText(before);
  await expect(status).not.toBeEmpty();
  const json = await console.getByTestId('response-body').locator('code').innerText();
  return {status: await status.innerText(), body: JSON.parse(json)};
}

/** The build's chunks whose code contains `text`. */
function chunksHolding(text: string): string[] {
  const dir = path.join(testBuildDir, 'assets/js');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes(text));
}

/** The chunks that hold the token core (the one string every copy of it has). */
const coreChunks = () => chunksHolding('sandbox_not_a_real_token');
/** The chunks that hold Prism (one of the grammars it bundles; nothing else names it). */
const prismChunks = () => chunksHolding('objectivec');

/** Records the file name of every script the page loads and runs (not prefetches). */
function scriptsLoaded(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') loaded.push(path.basename(new URL(r.url()).pathname));
  });
  return loaded;
}

/** Opens the token reveal dialog (from the generate widget). */
async function openReveal(page: Page): Promise<void> {
  const web = generateApp(page);
  await web.getByRole('button', {name: 'Add Integration'}).click();
  await web.getByRole('button', {name: 'Import API'}).click();
  await web.getByLabel('Integration name').fill('Axe Check');
  await web.getByRole('button', {name: 'Save and Generate Token'}).click();
  await expect(page.getByRole('dialog', {name: 'Your new API access token'})).toBeVisible();
}

/** Puts content in every widget but the generate one (it has its token): a scenario, console
 * responses, a verdict. */
async function fillWidgets(page: Page): Promise<void> {
  await scopeDemo(page).getByRole('button', {name: 'Create Customer Records and Orders'}).click();
  await scopeDemo(page).getByRole('button', {name: 'Push with the Orders token'}).click();
  await send(generateConsole(page), 'generate');
  await revokeConsole(page).getByLabel('token_id').fill('x');
  await revokeConsole(page).getByRole('button', {name: 'Send request'}).click();
  await expect(revokeConsole(page).getByLabel('token_id')).toHaveAttribute('aria-invalid', 'true');
}

test.describe('guide widgets', () => {
  // The widgets as mounted in the rendered guide: each visible, inside its own section.
  test('each widget sits in its own section, after the prose', async ({page}) => {
    await openGuide(page);
    for (const w of WIDGETS) {
      const el = widget(page, w.label, w.nth);
      await expect(el).toBeVisible();
      expect(await sectionOf(el), w.label).toBe(w.section);
    }
    await expect(
      page.getByRole('link', {name: 'token rotation sandbox', exact: true}),
    ).toHaveAttribute('href', /\/developers\/import-api\/guides\/token-rotation-sandbox\/$/);
  });

  // The server-rendered HTML as served: no browser needed, kept beside the widget tests.
  test('server-rendered HTML keeps every section’s prose, with placeholders for the widgets', async ({
    request,
  }) => {
    const html = await (await request.get(GUIDE)).text();
    for (const text of [
      'An API access token belongs to the Import API integration it was created for.',
      'An Import API integration can have at most two active API access tokens at once.',
      'Save and Generate Token',
      'Before you revoke a token,',
      'When your application runs on the new token,',
      'access token with the Connect API, follow the',
      'This interactive sandbox needs JavaScript.',
    ]) {
      expect(html, text).toContain(text);
    }
    expect(html.match(/data-sandbox-shell="?guide"?/g)).toHaveLength(5);
    // The scope demo runs a scenario of its own, so it never touches the guided rotation.
    expect(html.match(/data-sandbox-shell="?scope"?/g)).toHaveLength(1);
  });

  // Script requests on a fake clock, then a real scroll fetching the chunk: a browser's loading.
  test('the widgets’ code comes when a reader nears a widget, not with the page', async ({
    page,
  }) => {
    const core = coreChunks();
    expect(core.length, 'chunks holding the core').toBeGreaterThan(0);
    // Scripts the page loads and runs. Docusaurus also prefetches the routes of visible
    // links at idle (<link rel=prefetch>, resource type "other"): the sidebar's link to
    // the sandbox page fetches that page's chunk ahead, for the next page, not this one.
    const loaded = scriptsLoaded(page);
    // Time passes with nobody near a widget. A fake clock runs it on, timers and idle
    // callbacks included, well past anything that could fetch the widgets by itself (the
    // loader's 2 s safety net, idle-time work), without a real wait.
    await page.clock.install();
    await gotoHydrated(page, GUIDE);
    await page.waitForLoadState('networkidle');
    await page.clock.runFor(5_000);
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((f) => core.includes(f))).toEqual([]);
    await expect(page.locator('[data-sandbox-shell] [aria-busy="true"]')).toHaveCount(6);
    await expect(page.locator('[data-sandbox-shell] [data-ready]')).toHaveCount(0);

    // The reader scrolls down to the scope demo: its code comes, and it works.
    await page.locator('[data-sandbox-shell="scope"]').scrollIntoViewIfNeeded();
    const demo = scopeDemo(page);
    await expect(demo).toHaveAttribute('data-ready', 'true');
    expect(loaded.filter((f) => core.includes(f))).toHaveLength(1);
    await demo.getByRole('button', {name: 'Create Customer Records and Orders'}).click();
    // Creating is no push: the message says what was made, never "Push refused".
    await expect(demo.getByRole('status')).toHaveText(/^Token \d+ generated\.$/);
    await demo.getByRole('button', {name: 'Push with the Customer Records token'}).click();
    await expect(demo.getByRole('status')).toContainText(
      /only customer_records grew\. orders unchanged/,
    );
  });

  // Which chunks the browser fetches: Prism only once a widget scrolls into view.
  test('the syntax highlighter comes with the widgets, not with the page', async ({page}) => {
    const prism = prismChunks();
    expect(prism.length, 'chunks holding Prism').toBeGreaterThan(0);
    const loaded = scriptsLoaded(page);
    await gotoHydrated(page, GUIDE);
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((f) => prism.includes(f))).toEqual([]);

    // The widgets' code (fetched when a reader nears one) brings Prism, bash included: the
    // Connect console shows its request as highlighted curl.
    await page
      .locator('#generate-token-via-the-connect-api ~ [data-sandbox-shell]')
      .first()
      .scrollIntoViewIfNeeded();
    const connect = generateConsole(page);
    await expect(connect).toHaveAttribute('data-ready', 'true');
    await expect(connect.locator('code .token.function').first()).toHaveText('curl');
    expect(loaded.filter((f) => prism.includes(f))).toHaveLength(1);
  });

  // Real clicks in two mounted widgets sharing one store, and focus after Hide token.
  test('Connect console and web app agree after generate, list and revoke', async ({page}) => {
    await openGuide(page);
    const first = await createIntegration(page, 'Console Check');
    await expect.poll(() => webTokens(page)).toEqual({[first]: 'Active'});

    const gen = generateConsole(page);
    const sourceId = await gen.getByLabel('source_id').inputValue();
    expect(sourceId).toMatch(/^\d+$/);
    await expect(gen.locator('pre code').first()).toContainText(
      `-X POST "\${STITCH_API_BASE_URL:-https://api.stitchdata.com}/v4/sources/${sourceId}/tokens"`,
    );
    const made = await send(gen, 'generate');
    expect(made.status).toContain(`200 OK for POST /v4/sources/${sourceId}/tokens`);
    const second = (made.body as {id: number}).id;
    expect(second).toBeGreaterThan(first);
    // Reveal-once applies to the API too: the value is on the page until Hide token.
    const secret = (made.body as {access_token: string}).access_token;
    expect(secret).toMatch(/^sandbox_not_a_real_token_/);
    expect(made.status).toContain('shown once');
    await gen.getByRole('button', {name: 'Hide token'}).click();
    await expect(gen.getByText(/The access_token is hidden/)).toBeFocused();
    await expect(gen.getByRole('button', {name: 'Hide token'})).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await expect.poll(() => webTokens(page)).toEqual({[first]: 'Active', [second]: 'Active'});

    const listed = await send(gen, 'list-tokens');
    expect(listed.status).toContain('2 active tokens listed');
    expect((listed.body as {token_id: number}[]).map((t) => t.token_id)).toEqual([first, second]);

    const rev = revokeConsole(page);
    await expect(rev.getByLabel('token_id')).toHaveValue(String(first));
    await expect(rev.locator('pre code').first()).toContainText(
      `curl -sS --fail-with-body -X DELETE "\${STITCH_API_BASE_URL:-https://api.stitchdata.com}/v4/sources/${sourceId}/tokens/${first}"`,
    );
    const revoked = await send(rev, 'revoke');
    expect(revoked.status).toContain('200 OK');
    expect((revoked.body as {id: number}).id).toBe(Number(sourceId));
    await expect.poll(() => webTokens(page)).toEqual({[first]: 'Revoked', [second]: 'Active'});

    const after = await send(gen, 'list-tokens');
    expect((after.body as {token_id: number}[]).map((t) => t.token_id)).toEqual([second]);
  });

  // A real click on Send with a bad id: focus moved to the field, its description exposed.
  test('a bad id gets a message next to its field and is not sent', async ({page}) => {
    await openGuide(page);
    const gen = generateConsole(page);
    const field = gen.getByLabel('source_id');
    await field.fill('abc');
    await gen.getByRole('button', {name: 'Send request'}).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await expect(field).toHaveAccessibleDescription(/"abc" is not a source id/);
    await expect(gen.getByRole('status')).toBeEmpty();
    await expect(gen.locator('pre code').first()).toContainText('/v4/sources/{source_id}/tokens');
  });

  // Real clicks through the scope demo, its scenario apart from the guided rotation's.
  test('the scope demo changes only its own schema and refuses a third token', async ({page}) => {
    await openGuide(page);
    const demo = scopeDemo(page);
    await demo.getByRole('button', {name: 'Create Customer Records and Orders'}).click();
    // Creating is no push: the message says what was made, never "Push refused".
    await expect(demo.getByRole('status')).toHaveText(/^Token \d+ generated\.$/);
    await demo.getByRole('button', {name: 'Push with the Customer Records token'}).click();
    await expect(demo.getByRole('status')).toContainText(
      /only customer_records grew\. orders unchanged/,
    );
    const rowOf = (name: string) => demo.getByRole('row', {name: new RegExp(`^${name}`)});
    await expect(rowOf('Customer Records').locator('td').nth(2)).toHaveText(/^3/);
    await expect(rowOf('Orders').locator('td').nth(2)).toHaveText('0');
    // No possessive on a name: "the Customer Records token", never "Customer Records's".
    await expect(demo).not.toContainText("'s token");

    const another = rowOf('Customer Records').getByRole('button', {name: 'Generate a token'});
    await another.click();
    await expect(demo.getByRole('status')).toContainText(/^Token \d+ generated\.$/);
    await expect(rowOf('Customer Records').locator('td').nth(1)).toHaveText('2 of 2');
    // Nothing is announced before it happens: only a real third attempt is refused.
    await another.click();
    await expect(demo.getByRole('status')).toContainText('Refused (409)');
    await expect(demo.getByRole('status')).toContainText('already has 2 active tokens');
    // Never a dead end: revoke the oldest, and a new token can be had again.
    await rowOf('Customer Records').getByRole('button', {name: 'Revoke the oldest'}).click();
    await expect(rowOf('Customer Records').locator('td').nth(1)).toHaveText('1 of 2');
    // The demo has a scenario of its own: the guided rotation still starts from nothing.
    await expect(guided(page).getByTestId('coach-text')).toContainText('Create an integration');
  });

  // Real clicks on the page's fake clock, and the verdict inside the viewport.
  test('the guided rotation: each step ticks only while true, and the verdict is in view', async ({
    page,
  }) => {
    await page.clock.install();
    await openGuide(page);
    const g = guided(page);
    const coachText = g.getByTestId('coach-text');
    const step = (key: string) => g.locator(`[data-step="${key}"]`);
    await expect(coachText).toContainText('Create an integration');

    const oldId = await createIntegration(page, 'Rotation Check');
    const app = g.getByRole('region', {name: 'Your application'});
    await expect(coachText).toContainText('Use the newest token I copied');
    await app.getByRole('button', {name: 'Use the newest token I copied'}).click();
    await expect(coachText).toContainText('Continuous traffic');
    await app.getByRole('switch', {name: /^Continuous traffic/}).click();
    await page.clock.runFor(2_000);

    const web = g.getByRole('region', {name: 'Stitch web app: rotate a token', exact: true});
    await expect(coachText).toContainText('Generate Token');
    await web.getByRole('button', {name: 'Generate Token'}).click();
    const {tokenId: newId} = await copyAndClose(page);
    await expect(step('second-token')).toHaveAttribute('data-done', 'true');
    await expect(coachText).toContainText('Validate the newest token I copied');

    await app.getByRole('button', {name: 'Use the newest token I copied'}).click();
    await page.clock.runFor(2_000);
    // Switched without validating first: the recommended step is passed over, not done.
    await expect(step('validated')).toContainText('Passed over');
    await expect(step('switched')).toHaveAttribute('data-done', 'true');

    await web.locator(`tr[data-token-id="${oldId}"]`).getByRole('button', {name: 'Revoke'}).click();
    await page.getByRole('dialog').getByRole('button', {name: 'Revoke'}).click();
    await page.clock.runFor(2_000);
    // The verdict is where the reader is looking: the coach line in view, by the web app.
    await expect(coachText).toHaveText('✓ Rotated with 0 interrupted requests');
    await expect(coachText).toBeInViewport();
    await app.getByRole('switch', {name: /^Continuous traffic/}).click();
    await expect(g.getByRole('img', {name: /pushes? over/})).toHaveAccessibleName(
      new RegExp(
        `Token ${oldId}: \\d+ accepted, 0 failed.*Token ${newId}: \\d+ accepted, 0 failed.*Two tokens valid from.*No push failed`,
      ),
    );
  });

  // Only a browser computes what axe checks (contrast, names, roles as rendered), per theme:
  // the page once with every widget in use, and each dialog on its own over it.
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: no violations on the guide with its widgets, ${colorScheme} theme`, async ({
      page,
    }) => {
      // A whole-page analysis and two of a dialog: twice one analysis's budget.
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme});
      await openGuide(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await test.step('reveal dialog open', async () => {
        await openReveal(page);
        await expectNoAxeViolations(page, 'reveal dialog open', 'dialog[open]');
        await copyAndClose(page);
      });
      await test.step('every widget with content', async () => {
        await fillWidgets(page);
        await expectNoAxeViolations(page, 'every widget with content');
      });
      await test.step('revoke dialog open', async () => {
        await revokeApp(page).getByRole('button', {name: 'Revoke'}).first().click();
        await expect(page.getByRole('dialog', {name: /^Revoke token \d+\?$/})).toBeVisible();
        await expectNoAxeViolations(page, 'revoke dialog open', 'dialog[open]');
      });
    });
  }
});
