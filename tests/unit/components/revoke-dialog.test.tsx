// @vitest-environment jsdom
/** The revoke confirmation's advice must be one the reader can follow from the state. */
import {afterEach, expect, it} from 'vitest';
import {cleanup, render} from '@testing-library/react';
import RevokeDialog from '@site/src/components/RevokeDialog';
import {applyEvent} from '@site/src/tokens/reducer';
import {initialState} from '@site/src/tokens/state';
import {seededEnv} from '@site/src/tokens/random';
import type {SandboxEvent} from '@site/src/tokens/events';
import type {SandboxState} from '@site/src/tokens/model';
import {defined} from '../../support/defined';

afterEach(cleanup);
// jsdom has <dialog> without its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const env = seededEnv(9, Date.UTC(2026, 11, 6, 12), 1000);
const run = (s: SandboxState, ...events: SandboxEvent[]) =>
  events.reduce((x, e) => applyEvent(x, e, env).state, s);

const adviceFor = (s: SandboxState, tokenId: number) =>
  render(
    <RevokeDialog
      target={{tokenId, schema: 'shop'}}
      state={s}
      actionLabel="Revoke"
      onCancel={() => undefined}
      onConfirm={() => undefined}
    />,
  ).baseElement.querySelector('[data-testid="revoke-warning"]')?.textContent ?? '';

it('sends the reader to revoke the other token when its value is gone, not to switch to it', () => {
  const sending = run(
    initialState(),
    {type: 'createIntegration', displayName: 'Shop'},
    {type: 'copySecret'},
    {type: 'acknowledgeReveal'},
    {type: 'pasteCopiedToken'},
  );
  const integrationId = defined(sending.integrations[0], 'integration').id;
  const old = defined(sending.app.token?.tokenId, 'token the app sends');
  const generated = run(sending, {type: 'generateToken', integrationId});
  const fresh = defined(generated.reveal, 'token window').tokenId;

  const copied = run(generated, {type: 'copySecret'}, {type: 'acknowledgeReveal'});
  expect(adviceFor(copied, old)).toContain(`Switch the application to token ${fresh} first`);
  cleanup();

  const lost = run(generated, {type: 'acknowledgeReveal'});
  const advice = adviceFor(lost, old);
  expect(advice).toContain(`revoke token ${fresh} instead`);
  expect(advice).not.toContain('Use the newest token I copied');
});
