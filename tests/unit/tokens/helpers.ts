import {applyEvent} from '../../../src/tokens/reducer';
import {initialState} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';
import type {Env, SandboxState} from '../../../src/tokens/model';
import type {Outcome, SandboxEvent, Step} from '../../../src/tokens/events';

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies an event to a frozen copy-free state: any mutation of the input throws. */
export function step(s: SandboxState, e: SandboxEvent, env: Env): Step<Outcome> {
  return applyEvent(deepFreeze(s), e, env);
}

export function run(
  env: Env,
  events: SandboxEvent[],
  from: SandboxState = initialState(),
): SandboxState {
  let s = from;
  for (const e of events) s = step(s, e, env).state;
  return s;
}

export function newEnv(seed = 7): Env {
  return seededEnv(seed);
}

/** One integration whose first token is set in the app, reveal closed. */
export function withApp(
  env: Env,
  name = 'Customer Records',
): {s: SandboxState; iid: number; t1: number} {
  let s = initialState();
  const r = step(s, {type: 'createIntegration', displayName: name}, env);
  if (!r.result.ok || r.result.type !== 'integrationCreated') throw new Error('setup failed');
  s = r.state;
  s = step(s, {type: 'copySecret'}, env).state;
  s = step(s, {type: 'acknowledgeReveal'}, env).state;
  s = step(s, {type: 'pasteCopiedToken'}, env).state;
  return {s, iid: r.result.integration.id, t1: r.result.tokenId};
}

export function ok<T extends Outcome>(o: Outcome): Extract<T, {ok: true}> {
  if (!o.ok) throw new Error(`refused: ${o.code}: ${o.reason}`);
  return o as Extract<T, {ok: true}>;
}

export const AUTH = {Authorization: 'Bearer connect-placeholder'};
