import {describe, expect, it} from 'vitest';
import {drillState} from '../../../src/tokens/drills';
import {load, serialize} from '../../../src/tokens/persistence';
import {appTokenStatus} from '../../../src/tokens/ops/app';
import {copiedToken} from '../../../src/tokens/selectors/tokens';
import {DRILLS} from '../../../src/tokens/model';
import {newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

describe('drill set-ups', () => {
  it.each(DRILLS)(
    '%s starts fresh from the current sandbox: ids go on, the save loads back',
    (key) => {
      const env = newEnv(4);
      const {s: before} = withApp(env);
      const busy = step(before, {type: 'pushRecords', count: 5}, env).state;
      const s = drillState(key, busy, env);
      expect(s.drill).toBe(key);
      expect(s.nextTokenId).toBeGreaterThanOrEqual(busy.nextTokenId);
      expect(s.nextRecordId).toBeGreaterThanOrEqual(busy.nextRecordId);
      for (const t of s.tokens) expect(busy.tokens.some((b) => b.id === t.id)).toBe(false);
      const r = load(serialize(s));
      expect(r).toMatchObject({ok: true, state: {drill: key}});
    },
  );

  it('sets up what each drill is about', () => {
    const env = newEnv(5);
    const from = withApp(env).s;
    expect(drillState('planned', from, env).integrations).toEqual([]);
    for (const key of ['wrong-order', 'leak', 'outage'] as const) {
      const s = drillState(key, from, env);
      expect(s.integrations.map((i) => i.displayName)).toEqual(['Customer Records']);
      expect(appTokenStatus(s).kind).toBe('valid');
      expect(s.counters.recordsLoaded).toBe(3);
      expect(s.outage).toBe(key === 'outage');
    }
    const two = drillState('two-integrations', from, env);
    expect(two.integrations.map((i) => i.displayName)).toEqual(['Customer Records', 'Orders']);
    // The app sends Customer Records' token; Orders' token is the one copied, ready to paste.
    expect(appTokenStatus(two)).toMatchObject({
      kind: 'valid',
      integrationId: defined(two.integrations[0], 'integration').id,
    });
    expect(copiedToken(two)?.integrationId).toBe(defined(two.integrations[1], 'integration').id);
  });
});
