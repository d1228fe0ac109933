import {expect, test} from '@playwright/test';
import {GUIDE, HOME, gotoHydrated, waitForHydration} from './helpers';
import {SANDBOX} from './sandbox-helpers';

// The page template requests the scripts after the first frame (src/config/ssr-template.ts).

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
      .map((e) => ({name: e.name.split('/').pop()!, start: e.startTime})),
  }));
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts[0].name).toMatch(/^runtime~main\./);
  for (const s of scripts) expect(s.start, s.name).toBeGreaterThanOrEqual(firstFrameAt);
});

test('the home page has no base-URL warning in it', async ({page}) => {
  // Docusaurus's banner script (home page only) checks for its runtime at DOMContentLoaded,
  // before the loader has started: it would always insert its hidden warning. It is off.
  await gotoHydrated(page, HOME);
  await expect(page.locator('#__docusaurus-base-url-issue-banner-container')).toHaveCount(0);
  expect(await page.content()).not.toContain('did not load properly');
});

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

test('a code block is highlighted in the page’s HTML and never shown plain while the page hydrates', async ({
  page,
}) => {
  // Hold main.js back until the page watches for plain (unhighlighted) copies of the block.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/main\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(SANDBOX, {waitUntil: 'domcontentloaded'});
  const block = page.locator('#push-request ~ .theme-code-block pre');
  await expect(block.locator('.token.function').first()).toHaveText('curl');
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as {plainBlocks: string[]}).plainBlocks = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element)
            for (const pre of [n, ...n.querySelectorAll('pre')])
              if (
                pre.matches('pre:not(.prism-code)') &&
                pre.textContent?.includes('/v2/import/push')
              )
                seen.push(pre.outerHTML.slice(0, 80));
    }).observe(document.body, {childList: true, subtree: true});
  });

  release();
  await waitForHydration(page);
  await expect(block.locator('.token.function').first()).toHaveText('curl');
  // Docusaurus re-renders code blocks once mounted (for the colour mode), always highlighted;
  // a block still loading would show the plain fallback first. (This page's Connect console
  // loads CodeBlock too; tests/unit/theme/code-blocks.test.tsx checks the mechanism alone.)
  expect(
    await page.evaluate(() => (window as unknown as {plainBlocks: string[]}).plainBlocks),
  ).toEqual([]);
});
