import {describe, expect, it} from 'vitest';
import {
  describeAppToken,
  describePush,
  describeSetToken,
} from '@site/src/components/AppPanel/describe';

describe('AppPanel messages', () => {
  it('names tokens by ID and last four characters only', () => {
    const text = describeAppToken(
      {kind: 'valid', tokenId: 828705046, integrationId: 1, hint: 'ab12'},
      () => 'Customer Records',
    );
    expect(text).toBe('Token 828705046 (…ab12), active, of Customer Records.');
  });

  it('flags a value that matches no token as an error next to the field', () => {
    const r = describeSetToken({
      ok: true,
      type: 'appTokenSet',
      resolved: {kind: 'unknown', hint: 'zzzz'},
    });
    expect(r.error).toBe(true);
    expect(r.text).toMatch(/No token has that value/);
  });

  it('passes a core refusal through unchanged', () => {
    const r = describeSetToken({
      ok: false,
      code: 'nothing-copied',
      reason: 'No token has been copied yet.',
    });
    expect(r).toEqual({error: true, text: 'No token has been copied yet.'});
  });

  it('says what happened to a push', () => {
    const base = {ok: true, type: 'pushed', body: null, recordIds: [], tokenId: null} as const;
    expect(describePush({...base, status: 201}, 3, 1)).toBe('Push 1: 201: 3 records accepted.');
    expect(describePush({...base, status: 401}, 1, 2)).toBe(
      'Push 2: 401: not authenticated; 1 record queued for re-send.',
    );
    // The same answer twice reads differently, so the live region announces it again.
    expect(describePush({...base, status: 201}, 3, 3)).not.toBe(
      describePush({...base, status: 201}, 3, 4),
    );
  });
});
