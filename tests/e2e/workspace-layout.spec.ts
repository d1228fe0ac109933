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

/** Resized within one page per group: the layout follows the viewport, as a reader's would. */
const GROUPS = [
  {name: 'phone and tablet', widths: [360, 390, 768]},
  {name: 'desktop', widths: [1024, 1280, 1440, 1920]},
] as const;
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

/** One control scale: actions are at least 36 px tall with 14 px text, every target at least 24×24. */
async function expectScale(page: Page): Promise<void> {
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
}

/**
 * On a phone the panel switcher's buttons line up in rows, and the sticky parts take at most
 * 12% of the screen and cover nothing.
 */
async function expectPhoneChrome(page: Page): Promise<void> {
  await page.setViewportSize({width: 390, height: 844});
  await showPanel(page, 'Steps');
  await page.evaluate(() => window.scrollTo(0, 0));
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
  // Well into the workspace, where the coach line is stuck under the navbar.
  await page.evaluate(() => {
    const grid = document.querySelector('[data-panel="steps"]')!;
    window.scrollTo(0, grid.getBoundingClientRect().top + window.scrollY + 300);
  });
  const sticky = await page.evaluate(() => {
    const navbar = document.querySelector('.navbar')!.getBoundingClientRect();
    const coachBox = document.querySelector('[data-testid="coach"]')!.getBoundingClientRect();
    return {navbar: navbar.bottom, coach: coachBox.bottom};
  });
  expect(Math.max(sticky.navbar, sticky.coach)).toBeLessThanOrEqual(0.12 * 844);
  // Scrolled to the top, the panel switcher's first row is below the coach line, not under it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const coachBottom = await page
    .getByTestId('coach')
    .evaluate((el) => el.getBoundingClientRect().bottom);
  const switcherTop = await page
    .getByRole('navigation', {name: 'Sandbox panels'})
    .evaluate((el) => el.getBoundingClientRect().top);
  expect(switcherTop).toBeGreaterThanOrEqual(coachBottom);
}

/** Opens the busy sandbox on the long-named integration's Settings, traffic on. */
async function openBusy(page: Page): Promise<void> {
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
  const web = page.getByRole('region', {name: 'Stitch web app', exact: true});
  await web.getByRole('button', {name: LONG}).click();
  await web.getByRole('button', {name: 'Settings'}).click();
  await showPanel(page, 'Your application');
  await setTraffic(page, true);
}

/** At this width, every panel (one at a time below 1024 px) has every control whole. */
async function expectWhole(page: Page, width: number): Promise<void> {
  await page.setViewportSize({width, height: 900});
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
}

for (const group of GROUPS) {
  // Real layout (boxes, scrollers, media queries) at each width: only a browser computes it.
  test(`${group.name}: at ${group.widths.join(', ')} px, with two tokens and traffic on, every control is whole`, async ({
    page,
  }) => {
    await page.setViewportSize({width: group.widths[0], height: 900});
    await openBusy(page);
    for (const width of group.widths)
      await test.step(`${width} px`, () => expectWhole(page, width));
    if (group.name === 'desktop') await test.step('one control scale', () => expectScale(page));
    else await test.step('phone: switcher rows, sticky parts', () => expectPhoneChrome(page));
  });
}
