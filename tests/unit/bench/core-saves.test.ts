import {describe, expect, it} from 'vitest';
import {runMix, SAVE_CAP_BYTES, saveChecks, type MixResult} from '@site/scripts/bench/core-saves';
import type {SandboxEvent} from '@site/src/tokens';

const point = (events: number, bytes: number, loadsBack = true) => ({events, bytes, loadsBack});
const mix = (over: Partial<MixResult>): MixResult => ({
  mix: 'm',
  points: [point(10_000, 28_000), point(100_000, 29_000)],
  refused: 0,
  stopped: null,
  ms: 1,
  ...over,
});

describe('core save checks', () => {
  it('pass a mix that stays within the cap and loads back at every checkpoint', () => {
    expect(saveChecks([mix({})])).toMatchObject([
      {name: 'core save, m', value: '29,000 bytes at most', ok: true},
    ]);
  });

  it('fail a mix over the cap, one that does not load back, and one that stopped', () => {
    const checks = saveChecks([
      mix({points: [point(10_000, SAVE_CAP_BYTES + 1)]}),
      mix({points: [point(10_000, 28_000, false)]}),
      mix({stopped: {events: 30_000, reason: 'save refused: too much'}}),
    ]);
    expect(checks.map((c) => [c.ok, c.value])).toEqual([
      [false, '65,537 bytes at most'],
      [false, '28,000 bytes at most, does NOT load back'],
      [false, 'stopped at 30,000 events: save refused: too much'],
    ]);
  });
});

describe('runMix', () => {
  it('stops where the core throws, and says so', () => {
    const r = runMix('broken', (i) =>
      i < 3 ? {type: 'tick'} : ({type: 'no such event'} as unknown as SandboxEvent),
    );
    expect(r.stopped).toEqual({events: 3, reason: expect.stringContaining('the core threw')});
    expect(r.points).toEqual([]);
  });
});
