import type {Page} from '@playwright/test';
import {TICK_MS} from '../../src/components/SandboxStore';
import {
  STORAGE_KEY,
  counter,
  createWithToken,
  expect,
  openSandbox,
  panel,
  recordPlacement,
  savedState,
  setTraffic,
  test,
  useCopied,
} from './sandbox-helpers';

/**
 * Waits until every tick and write already queued has run. Each runs under a Web Lock named
 * after the sandbox's storage key (one at a time across tabs), and locks are granted in
 * order: once a request for the same lock is granted, the ones before it ran.
 */
async function ticksLanded(page: Page): Promise<void> {
  await page.evaluate((name) => navigator.locks.request(name, () => undefined), STORAGE_KEY);
}

test.describe('sandbox resilience', () => {
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
    // Let any tick already under way land, then check that none follows for three ticks.
    await ticksLanded(page);
    const whileHidden = await counter(page, 'Requests');
    await page.clock.runFor(3 * TICK_MS + TICK_MS / 2);
    await ticksLanded(page);
    expect(await counter(page, 'Requests')).toBe(whileHidden);

    await page.evaluate(() =>
      (window as unknown as {setHidden: (h: boolean) => void}).setHidden(false),
    );
    await expect.poll(() => counter(page, 'Requests')).toBeGreaterThan(whileHidden);
  });
});

test.describe('two tabs at full speed', () => {
  test('each clicks Send push 60 times with no gap: every accepted record is in the save, once', async ({
    page,
    context,
  }) => {
    await openSandbox(page);
    const t = await createWithToken(page, 'Two Tabs');
    await useCopied(page, t.tokenId);
    const second = await context.newPage();
    await openSandbox(second);
    await expect(panel(second, 'Your application').getByTestId('app-token')).toContainText(
      `Token ${t.tokenId}`,
    );
    // Both tabs click as fast as the browser lets them: no wait between clicks.
    const clickAll = (p: typeof page) =>
      p.evaluate((n) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Send push',
        )!;
        for (let i = 0; i < n; i++) button.click();
      }, 60);
    await Promise.all([clickAll(page), clickAll(second)]);
    // Every write goes through the cross-tab lock; a write that landed on a copy of storage
    // another process had already replaced is repaired when the storage event arrives.
    await ticksLanded(page);
    await ticksLanded(second);
    await expect
      .poll(async () => {
        const placement = recordPlacement(await savedState(page));
        return {loaded: placement.loaded.size, duplicates: placement.duplicates.length};
      })
      .toEqual({loaded: 360, duplicates: 0});
    const saved = await savedState(page);
    expect(saved.counters.byStatus).toContainEqual({status: 201, count: 120});
    expect(saved.counters.recordsLoaded).toBe(360);
    // Both tabs end on what is saved.
    await expect.poll(() => counter(page, 'Records loaded')).toBe(360);
    await expect.poll(() => counter(second, 'Records loaded')).toBe(360);
  });
});

test.describe('storage full mid-session', () => {
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
