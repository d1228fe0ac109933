import type {Page} from '@playwright/test';
import {applyEvents} from '../../src/tokens/reducer';
import {serialize} from '../../src/tokens/persistence';
import {initialState} from '../../src/tokens/state';
import {seededEnv} from '../../src/tokens/random';
import type {SandboxEvent} from '../../src/tokens/events';
import {STORAGE_KEY, expect, openSandbox, setTraffic, showPanel, test} from './sandbox-helpers';
import {defined} from '../support/defined';

/*
 * The sandbox workspace keeps every control whole at every width: each control and table
 * cell lies inside its scrolling box and inside the viewport, nothing scrolls sideways, on a
 * phone one panel at a time and from 1024 px every panel side by side.
 */

const WIDTHS = [360, 390, 768, 1024, 1280, 1440, 1920];
const LONG = 'Customer records for the European Union region (EU)';

/** Two integrations (one with a long name), two active tokens, pushes, a failed request. */
function busySandbox(): string {
  const env = seededEnv(11, Date.UTC(2026, 10, 29, 9), 1000);
  const events: SandboxEvent[] = [
    {type: 'createIntegration', displayName: LONG},
    {type: 'copySecret'},
    {type: 'acknowledgeReveal'},
    {type: 'pasteCopiedToken'},
    {type: 'pushRecords', count: 3},
    {type: 'tick'},
    {type: 'createIntegration', displayName: 'Orders'},
    {type: 'acknowledgeReveal'},
  ];
  let s = applyEvents(initialState(), events, env);
  const first = defined(s.integrations[0], 'integration').id;
  s = applyEvents(
    s,
    [{type: 'generateToken', integrationId: first}, {type: 'acknowledgeReveal'}],
    env,
  );
  s = applyEvents(
    s,
    [
      {type: 'setAppToken', value: 'a typo'},
      {type: 'pushRecords', count: 2},
    ],
    env,
  );
  return serialize(s);
}

/** Controls and cells that do not lie inside their scrolling box and the viewport. */
function outOfBounds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const vw = document.documentElement.clientWidth;
    const selector = 'button, a[href], input, select, textarea, summary, [role="switch"], th, td';
    for (const el of document.querySelectorAll<HTMLElement>(`[data-workspace] :is(${selector})`)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown (another panel)
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (box.left < -0.5 || box.right > vw + 0.5) bad.push(`${name} outside the viewport`);
      for (let p = el.parentElement; p !== null; p = p.parentElement) {
        if (getComputedStyle(p).overflowX === 'visible') continue;
        const c = p.getBoundingClientRect();
        // Visually hidden on purpose (a stacked table's header row, kept for screen readers).
        if (c.width <= 1 && c.height <= 1) break;
        if (box.left < c.left - 0.5 || box.right > c.right + 0.5)
          bad.push(`${name} cut by ${p.tagName.toLowerCase()}.${p.className}`);
        break;
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-workspace] *')) {
      const s = getComputedStyle(el);
      if (
        (s.overflowX === 'auto' || s.overflowX === 'scroll') &&
        el.scrollWidth > el.clientWidth + 1
      )
        bad.push(`${el.tagName.toLowerCase()}.${el.className} scrolls sideways`);
    }
    if (document.documentElement.scrollWidth > vw) bad.push('the page scrolls sideways');
    return bad;
  });
}

const PANELS = [
  'Steps',
  'Stitch web app',
  'Your application',
  'Request log',
  'Destination',
  'Timeline',
  'Connect API console',
];

for (const width of WIDTHS) {
  test(`at ${width} px, with two tokens and traffic on, every control is whole`, async ({page}) => {
    await page.setViewportSize({width, height: 900});
    const saved = busySandbox();
    await page.addInitScript(
      ([key, text]) => {
        if (sessionStorage.getItem('seeded') === null) {
          localStorage.setItem(key!, text!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, saved],
    );
    await openSandbox(page);
    await showPanel(page, 'Stitch web app');
    await page
      .getByRole('region', {name: 'Stitch web app', exact: true})
      .getByRole('button', {name: LONG})
      .click();
    await page
      .getByRole('region', {name: 'Stitch web app', exact: true})
      .getByRole('button', {name: 'Settings'})
      .click();
    await showPanel(page, 'Your application');
    await setTraffic(page, true);
    const narrow = width < 1024;
    await expect(page.getByRole('navigation', {name: 'Sandbox panels'})).toBeVisible({
      visible: narrow,
    });
    for (const name of narrow ? PANELS : ['all panels']) {
      if (narrow) await showPanel(page, name);
      // Every panel has mounted (they mount one per idle period).
      await expect(page.locator('[data-workspace] [aria-busy="true"]')).toHaveCount(0);
      expect(await outOfBounds(page), `${name} at ${width} px`).toEqual([]);
    }
  });
}

test('one control scale: actions are at least 36 px tall with 14 px text, every target at least 24×24', async ({
  page,
}) => {
  await openSandbox(page);
  await expect(page.locator('[data-workspace] [aria-busy="true"]')).toHaveCount(0);
  const small = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      '[data-workspace] :is(button, a[href], input, select, summary)',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.width < 24 || box.height < 24) bad.push(`${name} ${box.width}×${box.height}`);
      const action = el.matches('button.button:not(.button--link), [role="switch"]');
      const font = parseFloat(getComputedStyle(el).fontSize);
      if (action && (box.height < 36 || font < 14))
        bad.push(`${name} ${box.height}px tall, ${font}px text`);
    }
    return bad;
  });
  expect(small).toEqual([]);
});

test('on a phone the panel switcher’s buttons line up in rows', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await openSandbox(page);
  const tops = await page
    .getByRole('navigation', {name: 'Sandbox panels'})
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
  expect(tops.length).toBe(7);
  // Buttons less than half a button apart share a row; within a row they share a top edge.
  const rows: number[][] = [];
  for (const top of tops) {
    const row = rows.find((r) => Math.abs((r[0] ?? -Infinity) - top) < 18);
    if (row) row.push(top);
    else rows.push([top]);
  }
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows) expect(Math.max(...row) - Math.min(...row)).toBeLessThan(0.5);
});
