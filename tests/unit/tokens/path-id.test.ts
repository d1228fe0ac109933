import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {initialState} from '../../../src/tokens/state';
import {parsePathId} from '../../../src/tokens/http/connect-api';
import {seededEnv} from '../../../src/tokens/random';

describe('parsePathId', () => {
  it('accepts a positive integer', () => {
    expect(parsePathId('828705046', 'token')).toEqual({ok: true, id: 828705046});
  });

  it.each(['', '0', '-1', '1.5', 'abc', '01', '1/tokens'])(
    'refuses %j with a reason naming the field',
    (text) => {
      const r = parsePathId(text, 'source');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/source id/);
    },
  );

  it('gives the same message the API answers with', () => {
    const r = parsePathId('abc', 'source');
    const res = handleRequest(
      initialState(),
      {method: 'GET', path: '/v4/sources/abc/tokens', headers: {Authorization: 'Bearer x'}},
      seededEnv(1),
    );
    expect(res.result).toEqual({
      status: 400,
      body: {error: {type: 'bad_request', message: r.ok ? '' : r.reason}},
    });
  });
});
