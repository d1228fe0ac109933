import type {Page} from '@playwright/test';

/*
 * Keyboard focus in the widgets: every control reached with Tab shows a focus indicator
 * (SandboxShell draws a 3px outline in the primary colour, 2px off the control; the palette
 * in src/css/custom.css keeps that colour above 3:1 on both themes' surfaces), not cut off
 * by a scroller, in both themes, dialogs included.
 */
import {GUIDE, gotoHydrated, mountWidgets} from './helpers';
import {addIntegration, copyAndClose, expect, openSandbox, panel, test} from './sandbox-helpers';

interface Stop {
  /** What has focus, for the failure message. */
  what: string;
  /** Focus is on a control of a sandbox widget (or one of its dialogs). */
  inWidget: boolean;
  /**
   * Drawn with an outline (or a box-shadow ring) at least 2px wide, not cut off by a
   * scroller or clipping box around it.
   */
  visible: boolean;
  /** The same element as a stop already seen: Tab has gone round. */
  key: string;
  /** The boxes that cut the outline off, if any. */
  clippedBy: string[];
  /** Focus has moved past the page's last widget. */
  past: boolean;
}

/** Where focus is after a Tab, and whether it shows a focus indicator. */
function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return null;
    el.dataset.focusSeen ??= String(document.querySelectorAll('[data-focus-seen]').length);
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = /\d+px \d+px 0px [2-9]/.test(style.boxShadow);
    // The ring must not be cut off by a scroller or a clipping box around the control.
    const spread = outline ? parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) : 0;
    const box = el.getBoundingClientRect();
    const clippedBy: string[] = [];
    // A modal dialog sits in the top layer: nothing outside it clips what is inside.
    const top = el.closest('dialog[open]');
    for (let p = el.parentElement; p !== null; p = p === top ? null : p.parentElement) {
      if (getComputedStyle(p).overflow === 'visible') continue;
      const clip = p.getBoundingClientRect();
      const cut = Math.max(
        clip.left - (box.left - spread),
        clip.top - (box.top - spread),
        box.right + spread - clip.right,
        box.bottom + spread - clip.bottom,
      );
      if (cut > 0.5) clippedBy.push(`${p.tagName.toLowerCase()}.${p.className} by ${cut}px`);
    }
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const shells = document.querySelectorAll('[data-sandbox-shell]');
    const last = shells[shells.length - 1];
    return {
      past:
        last !== undefined &&
        !last.contains(el) &&
        (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      what: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 50)}"`,
      inWidget: el.closest('[data-sandbox-shell]') !== null,
      visible: (outline || ring) && clippedBy.length === 0,
      clippedBy,
      key: el.dataset.focusSeen,
    };
  });
}

/** Puts focus just before the page's first widget, as if tabbing down to it. */
async function focusBeforeWidgets(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('[data-sandbox-shell]')!;
    const start = document.createElement('span');
    start.tabIndex = -1;
    frame.before(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), {once: true});
  });
}

/**
 * Tabs once through the page's widgets (from just before the first one to past the last),
 * or round an open modal dialog, and returns the widget controls that showed no focus
 * indicator, and how many widget controls were reached.
 */
async function tabAround(page: Page, max: number): Promise<{reached: number; bare: string[]}> {
  const seen = new Set<string>();
  const bare: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop === null) continue;
    if (seen.has(stop.key) || stop.past) break;
    seen.add(stop.key);
    if (stop.inWidget && !stop.visible) bare.push(`${stop.what} ${stop.clippedBy.join(', ')}`);
  }
  const reached = await page.locator('[data-sandbox-shell] [data-focus-seen]').count();
  await page.evaluate(() =>
    document.querySelectorAll('[data-focus-seen]').forEach((el) => {
      delete (el as HTMLElement).dataset.focusSeen;
    }),
  );
  return {reached, bare};
}

for (const colorScheme of ['light', 'dark'] as const) {
  // Each theme's focus colour against its own surfaces, as rendered.
  test.describe(`visible keyboard focus, ${colorScheme} theme`, () => {
    test.use({colorScheme});

    // Focus rings as drawn on the guide's widgets, in this theme: only a browser shows.
    test('every control of the guide’s widgets shows a focus ring', async ({page}) => {
      await gotoHydrated(page, GUIDE);
      await mountWidgets(page);
      await expect(page.locator('[data-sandbox-shell] [data-ready="true"]')).toHaveCount(6);
      // Content in the widgets: integrations and tokens (Revoke buttons), a console response.
      const demo = page.getByRole('region', {name: 'Token scope demo', exact: true});
      await demo.getByRole('button', {name: 'Create Customer Records and Orders'}).click();
      // The scope demo has a scenario of its own: the guide's widgets get theirs here.
      const web = page.getByRole('region', {
        name: 'Stitch web app (simulated): generate a token',
        exact: true,
      });
      await web.getByRole('button', {name: 'Add Integration'}).click();
      await web.getByRole('button', {name: 'Import API'}).click();
      await web.getByLabel('Integration name').fill('Focus Check');
      await web.getByRole('button', {name: 'Save and Generate Token'}).click();
      await copyAndClose(page);
      const connect = page.getByRole('region', {
        name: 'Connect API console (simulated), generate a token',
        exact: true,
      });
      await connect.getByRole('button', {name: 'Send request'}).click();
      await expect(connect.getByRole('status')).not.toBeEmpty();
      await focusBeforeWidgets(page);
      const {reached, bare} = await tabAround(page, 400);
      expect(bare).toEqual([]);
      expect(reached).toBeGreaterThan(30);
    });

    // Focus rings as drawn (outline, clipping by scrollers, top layer): only a browser shows.
    test('every control of the sandbox page and its dialogs shows a focus ring', async ({page}) => {
      await openSandbox(page);
      await test.step('the reveal dialog', async () => {
        await addIntegration(page, 'Focus Check');
        // The reveal dialog is modal: Tab goes round its own controls.
        const inReveal = await tabAround(page, 20);
        expect(inReveal.bare).toEqual([]);
        expect(inReveal.reached).toBeGreaterThanOrEqual(3);
        await copyAndClose(page);
      });
      await test.step('the page, with content in its panels', async () => {
        await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
        const connect = panel(page, 'Connect API console');
        await connect.getByRole('button', {name: 'Send request'}).click();
        await expect(connect.getByRole('status')).not.toBeEmpty();
        await focusBeforeWidgets(page);
        const onPage = await tabAround(page, 400);
        expect(onPage.bare).toEqual([]);
        expect(onPage.reached).toBeGreaterThanOrEqual(15);
      });
      await test.step('the revoke dialog', async () => {
        await panel(page, 'Stitch web app').getByRole('button', {name: 'Revoke'}).first().click();
        await expect(page.getByRole('dialog', {name: /^Revoke token \d+\?$/})).toBeVisible();
        const inRevoke = await tabAround(page, 20);
        expect(inRevoke.bare).toEqual([]);
        expect(inRevoke.reached).toBeGreaterThanOrEqual(2);
      });
    });
  });
}
