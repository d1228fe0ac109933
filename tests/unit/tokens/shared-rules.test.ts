import {describe, expect, it} from 'vitest';
import {handleRequest} from '../../../src/tokens/http';
import {load, serialize} from '../../../src/tokens/persistence';
import {schemaRowTotals} from '../../../src/tokens/selectors/destination';
import {TABLE_NAME_PATTERN} from '../../../src/tokens/limits';
import {newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

describe('one table-name rule', () => {
  it.each([
    'orders',
    '_x',
    'constructor',
    'A1_b',
    'a'.repeat(127),
    '',
    '1a',
    'a-b',
    'a'.repeat(128),
    'é',
    'a b',
  ])('%j: the event, the Import API and a save agree', (table) => {
    const valid = TABLE_NAME_PATTERN.test(table);
    const env = newEnv();
    const {s} = withApp(env);
    const event = step(s, {type: 'pushRecords', table}, env).result;
    expect(event.ok).toBe(valid);
    const body = [{client_id: s.clientId, table_name: table, data: {}}];
    const http = handleRequest(s, {method: 'POST', path: '/v2/import/push', body}, env);
    expect(http.result.status === 400).toBe(!valid);
    const saved = JSON.parse(serialize(step(s, {type: 'pushRecords'}, env).state));
    saved.dest[0][1] = table;
    expect(load(JSON.stringify(saved)).ok).toBe(valid);
  });
});

describe('schemaRowTotals', () => {
  it('gives loaded rows per schema, for every integration, in integration order', () => {
    const env = newEnv();
    const app = withApp(env);
    const iid = app.iid;
    let s = app.s;
    expect(schemaRowTotals(s)).toEqual([{schema: 'customer_records', integrationId: iid, rows: 0}]);
    s = step(s, {type: 'pushRecords', count: 3, table: 'a'}, env).state;
    s = step(s, {type: 'pushRecords', count: 2, table: 'b'}, env).state;
    s = step(s, {type: 'createIntegration', displayName: 'Orders'}, env).state;
    const orders = defined(s.integrations[1], 'integration').id;
    expect(schemaRowTotals(s)).toEqual([
      {schema: 'customer_records', integrationId: iid, rows: 5},
      {schema: 'orders', integrationId: orders, rows: 0},
    ]);
  });
});
