import type {Page} from '@playwright/test';
import {TICK_MS} from '../../src/components/SandboxStore';
import {
  STORAGE_KEY,
  counter,
  createWithToken,
  expect,
  openSandbox,
  panel,
  setTraffic,
  test,
  useCopied,
} from './sandbox-helpers';

/**
 * Waits until every traffic tick already queued has run. Each tick runs under a Web Lock
 * named after the sandbox's storage key (one tick at a time across tabs), and locks are
 * granted in order: once a request for the same lock is granted, the ticks before it ran.
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
