import type {Page} from '@playwright/test';
import {TICK_MS} from '../../src/components/SandboxStore/store';
import {
  STORAGE_KEY,
  counter,
  createWithToken,
  expect,
  openSandbox,
  panel,
  savedPlacement,
  savedState,
  setTraffic,
  showPanel,
  test,
  useCopied,
} from './sandbox-helpers';

test.describe('sandbox resilience', () => {
  // localStorage throwing in a real page: the alert shown, and pushes still counted.
  test('storage blocked: the sandbox works in memory and says so', async ({page}) => {
    // As in a browser whose policy blocks site data: every storage call throws.
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', {get: blocked, configurable: true});
    });
    await openSandbox(page);
    await expect(page.getByRole('alert')).toContainText('works in memory only');
    const t = await createWithToken(page, 'In Memory');
    await useCopied(page, t.tokenId);
    const before = await counter(page, 'Succeeded');
    await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
    await expect.poll(() => counter(page, 'Succeeded')).toBe(before + 1);
    await expect(panel(page, 'Your application')).toContainText('201');
  });

  // The page's visibilitychange handling on a fake clock: no traffic while hidden.
  test('continuous traffic pauses while the tab is hidden and resumes when shown', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Playwright cannot hide a tab: stand in for the browser's Page Visibility API.
      let hidden = false;
      Object.defineProperty(document, 'visibilityState', {
        get: () => (hidden ? 'hidden' : 'visible'),
        configurable: true,
      });
      (window as unknown as {setHidden: (h: boolean) => void}).setHidden = (h) => {
        hidden = h;
        document.dispatchEvent(new Event('visibilitychange'));
      };
    });
    // A fake clock (flowing at its natural pace until told otherwise): three ticks can pass
    // without waiting three seconds, and however slow the machine.
    await page.clock.install();
    await openSandbox(page);
    const t = await createWithToken(page, 'Background Job');
    await useCopied(page, t.tokenId);
    await setTraffic(page, true);
    await expect.poll(() => counter(page, 'Requests')).toBeGreaterThan(0);

    await page.evaluate(() =>
      (window as unknown as {setHidden: (h: boolean) => void}).setHidden(true),
    );
    // No tick follows for three ticks' time.
    const whileHidden = await counter(page, 'Requests');
    await page.clock.runFor(3 * TICK_MS + TICK_MS / 2);
    expect(await counter(page, 'Requests')).toBe(whileHidden);

    await page.evaluate(() =>
      (window as unknown as {setHidden: (h: boolean) => void}).setHidden(false),
    );
    await expect.poll(() => counter(page, 'Requests')).toBeGreaterThan(whileHidden);
  });
});

/** Clicks Send push `n` times with no gap between clicks, as fast as the page takes them. */
const clickPush = (p: Page, n: number) =>
  p.evaluate((times) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Send push',
    )!;
    for (let i = 0; i < times; i++) button.click();
  }, n);

test.describe('two tabs', () => {
  // Two real tabs on one storage: mirrored at once, and the takeover by a real click.
  test('the second tab mirrors the first and says so; "Use the sandbox here" moves the writing', async ({
    page,
    context,
  }) => {
    await openSandbox(page);
    const t = await createWithToken(page, 'Two Tabs');
    await useCopied(page, t.tokenId);
    const second = await context.newPage();
    await openSandbox(second);
    const mirror = second.getByTestId('mirror-notice');
    await expect(mirror).toContainText('open in another tab');
    await clickPush(page, 5);
    // What the first tab does shows in the second at once.
    await expect.poll(() => counter(second, 'Records loaded')).toBe(15);
    await mirror.getByRole('button', {name: 'Use the sandbox here'}).click();
    await expect(mirror).toHaveCount(0);
    await expect(page.getByTestId('mirror-notice')).toBeVisible();
    await clickPush(second, 5);
    await expect.poll(() => counter(page, 'Records loaded')).toBe(30);
  });

  // Two real tabs closed at once right after pushing: a third finds every push saved, none twice.
  test('10 pushes in each tab, both tabs closed at once: nothing is lost (CLOSE_RUNS runs, 1 by default)', async ({
    browser,
  }) => {
    // One run by default (it guards the ordering every time); CLOSE_RUNS=20 hunts for races.
    const runs = Number(process.env.CLOSE_RUNS ?? 1);
    // Each run opens and closes three tabs: the budget grows with the runs asked for.
    test.setTimeout(Math.max(runs * 20_000, 60_000));
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const a = await context.newPage();
      await openSandbox(a);
      const t = await createWithToken(a, 'Closing Co');
      await useCopied(a, t.tokenId);
      const b = await context.newPage();
      await openSandbox(b);
      await clickPush(a, 10);
      await b.getByRole('button', {name: 'Use the sandbox here'}).click();
      await expect(b.getByTestId('mirror-notice')).toHaveCount(0);
      await clickPush(b, 10);
      await Promise.all([a.close(), b.close()]);
      const c = await context.newPage();
      await openSandbox(c);
      const placement = await savedPlacement(c);
      expect({run, loaded: placement.loaded.size, duplicates: placement.duplicates}).toEqual({
        run,
        loaded: 60,
        duplicates: [],
      });
      await context.close();
    }
  });
});

test.describe('storage full mid-session', () => {
  // A quota error from real localStorage mid-session, its notice, and what a reload restores.
  test('the notice says what a reload brings back, and the reload says which save it got', async ({
    page,
  }) => {
    // Storage that fills up on demand, as a quota does: every write refused while full.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (sessionStorage.getItem('full') === '1' && this === localStorage)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await openSandbox(page);
    const t = await createWithToken(page, 'Full Co');
    await useCopied(page, t.tokenId);
    await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
    const before = await savedState(page);
    await page.evaluate(() => sessionStorage.setItem('full', '1'));
    await panel(page, 'Your application').getByRole('button', {name: 'Send push'}).click();
    await expect(page.getByRole('alert')).toContainText(
      `are not saved (storage is full or blocked): a reload would bring back that save, with ${before.counters.total} requests and 3 records loaded`,
    );
    await page.reload();
    await openSandbox(page);
    await expect(page.getByTestId('sandbox-notice')).toContainText('This is your last save, from');
    expect(await counter(page, 'Records loaded')).toBe(3);
  });
});

// A share link opened in a second browser context at phone size: its notice in view.
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
