import {describe, expect, it} from 'vitest';
import {
  accessTokenOf,
  HIDDEN_ACCESS_TOKEN,
  hideAccessToken,
  summarize,
} from '@site/src/components/ConnectConsole/endpoints';

describe('Connect console: a generated token is shown once', () => {
  const generated = {
    status: 200,
    body: {id: 828705050, access_token: 'sandbox_not_a_real_token_x'},
  };

  it('finds the access_token of a generate response, and hides it keeping the rest', () => {
    expect(accessTokenOf(generated)).toBe('sandbox_not_a_real_token_x');
    const hidden = hideAccessToken(generated);
    expect(hidden.body).toEqual({id: 828705050, access_token: HIDDEN_ACCESS_TOKEN});
    expect(accessTokenOf(hidden)).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('sandbox_not_a_real_token_x');
  });

  it('leaves other responses as the API sent them', () => {
    const list = {status: 200, body: [{token_id: 1}]};
    expect(hideAccessToken(list)).toBe(list);
    const conflict = {status: 409, body: {error: {message: 'no'}}};
    expect(hideAccessToken(conflict)).toBe(conflict);
  });

  it('says so in the summary line', () => {
    expect(summarize('generate', generated)).toMatch(/shown once/);
  });
});
