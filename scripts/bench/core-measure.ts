/**
 * The core's speed and heap: a seeded mix of sandbox events of every kind, resolved against
 * the current state, replayed through the token core (`src/tokens/`) several times.
 */
import {applyEvent, initialState, save} from '../../src/tokens';
import type {SandboxEvent, SandboxState} from '../../src/tokens';
import {seededEnv} from '../../src/tokens/random';

export const CORE_EVENTS = 100_000;
const NAMES = ['Customer Records', 'Orders', 'Billing Events', 'Web Sessions', 'Inventory (EU)'];

/** The user: a seeded mix of actions, resolved against the current state. */
function nextEvent(s: SandboxState, pick: () => number): SandboxEvent {
  const r = pick();
  const integ = s.integrations[Math.floor(pick() * s.integrations.length)];
  if (r < 0.4)
    return {
      type: 'pushRecords',
      count: 1 + Math.floor(pick() * 5),
      table: pick() < 0.5 ? 'orders' : 'customers',
    };
  if (r < 0.65) return {type: 'tick'};
  if (r < 0.72 || integ === undefined) {
    return integ === undefined || r < 0.66
      ? {type: 'createIntegration', displayName: NAMES[Math.floor(pick() * NAMES.length)] ?? ''}
      : {type: 'generateToken', integrationId: integ.id};
  }
  if (r < 0.79) {
    const mine = s.tokens.filter((t) => t.integrationId === integ.id);
    const t = mine[Math.floor(pick() * mine.length)];
    return {type: 'revokeToken', integrationId: integ.id, tokenId: t?.id ?? 1};
  }
  if (r < 0.83) return {type: 'copySecret'};
  if (r < 0.87) return {type: 'pasteCopiedToken'};
  if (r < 0.9) return {type: 'acknowledgeReveal'};
  if (r < 0.96) return {type: 'resendFailed'};
  if (r < 0.98)
    return {type: 'setAppToken', value: pick() < 0.5 ? 'sandbox_not_a_real_token_typo' : ''};
  if (r < 0.99995) return {type: 'generateToken', integrationId: integ.id};
  return {type: 'reset'};
}

function replay() {
  const env = seededEnv(20210812);
  const pick = seededEnv(4242).random;
  let state = initialState();
  let refused = 0;
  const t0 = performance.now();
  for (let i = 1; i <= CORE_EVENTS; i++) {
    const step = applyEvent(state, nextEvent(state, pick), env);
    if (!step.outcome.ok) refused++;
    state = step.state;
  }
  return {state, ms: performance.now() - t0, refused};
}

export type CoreTiming = ReturnType<typeof measureCore>;

/** `runs` timed replays (the machine may be shared: the median and the best), then the heap. */
export function measureCore(runs: number, gc: () => void) {
  const times: number[] = [];
  let last = replay();
  times.push(last.ms);
  while (times.length < runs) {
    last = replay();
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  gc();
  const saved = save(last.state);
  return {
    runs,
    ms: Math.round(median),
    bestMs: Math.round(times[0] ?? NaN),
    eventsPerSec: Math.round(CORE_EVENTS / (median / 1000)),
    refused: last.refused,
    /** Heap in use after a collection, the last replay's state still held. */
    heapMB: Math.round(process.memoryUsage().heapUsed / 104857.6) / 10,
    /** The last replay's final state saved: its size, or why `save` refused it. */
    save: saved.ok ? `${Buffer.byteLength(saved.text).toLocaleString('en')} bytes` : saved.reason,
  };
}
