import {describe, expect, it} from 'vitest';
import {advance, heldUpTo, HEADS, unwrap, wrap} from '@site/src/components/SandboxStore/lineage';

describe('the heads a saved value carries', () => {
  it('round-trip with the save, which may itself contain newlines', () => {
    const raw = wrap('{"v":4}\n{"more":1}', [['a1', 3]]);
    expect(unwrap(raw)).toEqual({text: '{"v":4}\n{"more":1}', heads: [['a1', 3]]});
  });

  it('read a bare save (written before heads) as holding no tab’s writes', () => {
    expect(unwrap('{"v":4}')).toEqual({text: '{"v":4}', heads: []});
    expect(unwrap(null)).toEqual({text: null, heads: []});
    expect(heldUpTo(unwrap('{"v":4}'), 'a1')).toBe(0);
  });

  it('ignore heads that are not a tab and a positive write number', () => {
    const raw = 'sandbox-sync [["a",2],["b",-1],["c","3"],7]\n{}';
    expect(unwrap(raw).heads).toEqual([['a', 2]]);
    expect(unwrap('sandbox-sync not json\n{}')).toEqual({text: '{}', heads: []});
  });

  it('move the writing tab last and keep the newest HEADS tabs', () => {
    let heads = advance([], 'a', 1);
    heads = advance(heads, 'b', 1);
    heads = advance(heads, 'a', 2);
    expect(heads).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    for (let i = 0; i < HEADS; i++) heads = advance(heads, `t${i}`, 1);
    expect(heads).toHaveLength(HEADS);
    const stored = {text: '{}', heads};
    expect(heldUpTo(stored, 't0')).toBe(1);
    // Pushed out by HEADS newer writers: held, not replayed a second time.
    expect(heldUpTo(stored, 'a')).toBe(Number.POSITIVE_INFINITY);
    expect(heldUpTo({text: '{}', heads: heads.slice(1)}, 'a')).toBe(0);
  });
});
