import {expect, test} from '@playwright/test';
import {GUIDE, HOME, gotoHydrated} from './helpers';

// The page template requests the scripts after the first frame (src/config/ssr-template.ts).

// Script requests timed against the first painted frame, then hydration: only a browser paints.
test('scripts are requested after the first frame, runtime first, and the page hydrates', async ({
  page,
}) => {
  await page.addInitScript(() => {
    requestAnimationFrame((t) => ((window as unknown as {firstFrameAt: number}).firstFrameAt = t));
  });
  await gotoHydrated(page, GUIDE);
  const {firstFrameAt, scripts} = await page.evaluate(() => ({
    firstFrameAt: (window as unknown as {firstFrameAt: number}).firstFrameAt,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/js\/[^/]+\.js$/.test(e.name))
      .map((e) => ({name: e.name.slice(e.name.lastIndexOf('/') + 1), start: e.startTime})),
  }));
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts[0]?.name).toMatch(/^runtime~main\./);
  for (const s of scripts) expect(s.start, s.name).toBeGreaterThanOrEqual(firstFrameAt);
});

// Docusaurus's banner script run in a real page: no warning inserted at DOMContentLoaded.
test('the home page has no base-URL warning in it', async ({page}) => {
  // Docusaurus's banner script (home page only) checks for its runtime at DOMContentLoaded,
  // before the loader has started: it would always insert its hidden warning. It is off.
  await gotoHydrated(page, HOME);
  await expect(page.locator('#__docusaurus-base-url-issue-banner-container')).toHaveCount(0);
  expect(await page.content()).not.toContain('did not load properly');
});

// With requestAnimationFrame stubbed in the page, the scripts still load and React hydrates.
test('a tab that paints no frames still loads the scripts', async ({page}) => {
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto(GUIDE);
  // React has taken over: the theme toggle is disabled until then. (Not data-has-hydrated:
  // react-helmet-async writes that attribute from a requestAnimationFrame callback.)
  await expect(
    page.getByRole('button', {name: /switch between dark and light mode/i}),
  ).toBeEnabled();
});
