/**
 * The token rotation as one runnable script, in Python, JavaScript and Go (curl alone cannot
 * keep the state a rotation needs). Same tab values as the request snippets, so a reader's
 * language choice applies here too.
 */
import {language, type Snippet} from '../languages';
import {goRotation} from './go';
import {javascriptRotation} from './javascript';
import {rotationParams, type RotationParams} from './params';
import {pythonRotation} from './python';

export type RotationScript = Snippet & {readonly fileName: string};

export function rotationScripts(params: Partial<RotationParams> = {}): RotationScript[] {
  const p = rotationParams(params);
  return [
    {...language('python'), fileName: 'rotate_token.py', code: pythonRotation(p)},
    {...language('javascript'), fileName: 'rotate-token.mjs', code: javascriptRotation(p)},
    {...language('go'), fileName: 'rotate_token.go', code: goRotation(p)},
  ];
}

export {
  ROTATION_DEFAULTS,
  ROTATION_ENV,
  DEFAULT_GRACE_SECONDS,
  rotationParams,
  type RotationParams,
} from './params';
