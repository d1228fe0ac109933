/** The drills' set-ups, replayed from ordinary events so each is a state reachable by hand. */
import {applyEvents} from './reducer';
import {resetState} from './state';
import type {SandboxEvent} from './events';
import type {Env, DrillKey, SandboxState} from './model';

/** The guide's example integrations. */
export const EXAMPLE_NAMES = {first: 'Customer Records', second: 'Orders'} as const;

/** An integration whose first token the application sends. */
export const appOnFirst: SandboxEvent[] = [
  {type: 'createIntegration', displayName: EXAMPLE_NAMES.first},
  {type: 'copySecret'},
  {type: 'acknowledgeReveal'},
  {type: 'pasteCopiedToken'},
];

/** The same, with one push made: the token has been in use. */
const appOnFirstToken: SandboxEvent[] = [...appOnFirst, {type: 'pushRecords', count: 3}];

const SETUPS: Record<DrillKey, readonly SandboxEvent[]> = {
  planned: [],
  'wrong-order': appOnFirstToken,
  // The application is pushing when the leak is found: revoking it is what interrupts it.
  leak: [...appOnFirstToken, {type: 'setTraffic', on: true}],
  // No push yet: the drill's first step is the reader's push, into the first schema only.
  'two-integrations': [
    ...appOnFirst,
    {type: 'createIntegration', displayName: EXAMPLE_NAMES.second},
    {type: 'copySecret'},
    {type: 'acknowledgeReveal'},
  ],
  outage: [...appOnFirstToken, {type: 'setOutage', on: true}],
};

/** A fresh sandbox set up for a drill; ids keep counting up, as on a real account. */
export function drillState(drill: DrillKey, from: SandboxState, env: Env): SandboxState {
  return applyEvents({...resetState(from), drill}, SETUPS[drill], env);
}
