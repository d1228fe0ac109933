/**
 * Actions this tab has applied but not yet written, with the random numbers each one drew.
 * If another tab wrote in between, they are replayed on top of its save with the same
 * numbers, so a token generated here keeps the value the reader already copied; ids come
 * from the save they are replayed on, so no two tabs hand out the same one.
 */
import {
  applyEvent,
  handleRequest,
  type Env,
  type HttpRequest,
  type HttpResponse,
  type Outcome,
  type SandboxEvent,
  type SandboxState,
} from '@site/src/tokens';

export type Action =
  | {readonly kind: 'event'; readonly event: SandboxEvent}
  | {readonly kind: 'request'; readonly request: HttpRequest};

export interface Pending {
  readonly action: Action;
  readonly randoms: readonly number[];
}

export type Applied =
  | {readonly kind: 'event'; readonly state: SandboxState; readonly outcome: Outcome}
  | {readonly kind: 'request'; readonly state: SandboxState; readonly response: HttpResponse};

export function apply(s: SandboxState, action: Action, env: Env): Applied {
  if (action.kind === 'event') {
    const step = applyEvent(s, action.event, env);
    return {kind: 'event', state: step.state, outcome: step.outcome};
  }
  const step = handleRequest(s, action.request, env);
  return {kind: 'request', state: step.state, response: step.response};
}

/** Applies an action, recording the random numbers it draws. */
export function applyRecorded(
  s: SandboxState,
  action: Action,
  env: Env,
): {applied: Applied; pending: Pending} {
  const randoms: number[] = [];
  const recording: Env = {
    now: () => env.now(),
    random: () => {
      const r = env.random();
      randoms.push(r);
      return r;
    },
  };
  return {applied: apply(s, action, recording), pending: {action, randoms}};
}

/** Replays pending actions on another state, drawing the same random numbers again. */
export function replay(s: SandboxState, journal: readonly Pending[], env: Env): SandboxState {
  let state = s;
  for (const p of journal) {
    let i = 0;
    const again: Env = {now: () => env.now(), random: () => p.randoms[i++] ?? env.random()};
    state = apply(state, p.action, again).state;
  }
  return state;
}
