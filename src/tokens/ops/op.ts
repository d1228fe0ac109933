import type {Result} from '../events';
import type {SandboxState} from '../model';

/** What an operation gives: the next state and its result (a refusal keeps the state). */
export interface Op<T> {
  readonly state: SandboxState;
  readonly result: Result<T>;
}
