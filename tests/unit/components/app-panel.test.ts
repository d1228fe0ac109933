import {describe, expect, it} from 'vitest';
import {describeAppToken, describeRequest} from '@site/src/components/AppPanel/describe';
import type {LogEntry} from '@site/src/tokens/model';

const entry = (e: Partial<LogEntry>): LogEntry => ({
  seq: 1,
  at: 0,
  via: 'import',
  kind: 'push',
  action: 'POST /v2/import/push',
  tokenId: 1,
  integrationId: 1,
  status: 201,
  outcome: '',
  records: 3,
  ...e,
});

describe('AppPanel messages', () => {
  it('names tokens by ID and last four characters only', () => {
    const text = describeAppToken(
      {kind: 'valid', tokenId: 828705046, integrationId: 1, hint: 'ab12'},
      () => 'Customer Records',
    );
    expect(text).toBe('Token 828705046 (…ab12), active, of Customer Records.');
  });

  it('says what a value that matches no token means, and what to paste instead', () => {
    expect(describeAppToken({kind: 'unknown', hint: 'zzzz'}, () => '')).toMatch(
      /…zzzz that matches no token: every push is refused with 401\. Copy a token from its window/,
    );
  });

  it('says what the reader’s own request got, from its log entry', () => {
    expect(describeRequest(entry({}))).toBe('Push: 201, 3 records accepted.');
    expect(describeRequest(entry({status: 401, records: 1}))).toBe(
      'Push: 401, not authenticated; 1 record queued for re-send.',
    );
    expect(describeRequest(entry({status: 503}))).toMatch(
      /unavailable; the application will retry/,
    );
    expect(
      describeRequest(entry({kind: 'validate', action: 'POST /v2/import/validate', status: 200})),
    ).toBe('Validate: 200, the token and the batch are valid (nothing stored).');
  });
});
