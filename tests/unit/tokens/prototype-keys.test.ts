import {describe, expect, it} from 'vitest';
import {destinationSummary} from '../../../src/tokens/selectors/destination';
import {recordPlacement, tableRows} from '../../support/sandbox-views';
import {handleRequest} from '../../../src/tokens/http';
import {load, serialize} from '../../../src/tokens/persistence';
import type {SandboxState} from '../../../src/tokens/model';
import {newEnv, step, withApp} from './helpers';
import {defined} from '../../support/defined';

const WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

const persisted = (s: SandboxState): SandboxState => ({
  ...s,
  reveal: null,
  app: {...s.app, clipboard: null},
});

function roundTrips(s: SandboxState) {
  const r = load(serialize(s));
  expect(r).toEqual({ok: true, state: persisted(s)});
}

describe('names that are Object.prototype keys', () => {
  it.each(WORDS)('table %s: push, selectors, serialize -> load', (table) => {
    const env = newEnv();
    let {s} = withApp(env);
    s = step(s, {type: 'pushRecords', count: 2, table}, env).state;
    s = step(s, {type: 'pushRecords', count: 1, table}, env).state;
    expect(tableRows(s, 'customer_records', table).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(defined(destinationSummary(s)[0], 'schema').tables).toEqual([
      expect.objectContaining({table, rowCount: 3}),
      expect.objectContaining({table: '_sdc_rejected', rowCount: 0}),
    ]);
    expect(recordPlacement(s).loaded.get(`customer_records.${table}#3`)).toBe(
      `customer_records.${table}`,
    );
    roundTrips(s);
  });

  it.each(WORDS)('table %s through the Import API, queued and re-sent', (table) => {
    const env = newEnv();
    let {s} = withApp(env);
    const body = [{client_id: s.clientId, table_name: table, data: {a: 1}}];
    s = handleRequest(s, {method: 'POST', path: '/v2/import/push', body}, env).state;
    expect(s.failed[0]?.table).toBe(table);
    roundTrips(s);
    s = step(s, {type: 'resendFailed'}, env).state;
    expect(tableRows(s, 'customer_records', table)).toEqual([{id: 1, data: {a: 1}}]);
    roundTrips(s);
  });

  it.each(['Constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'integration named %s keeps its data through save and load',
    (name) => {
      const env = newEnv();
      let {s} = withApp(env, name);
      const schema = defined(s.integrations[0], 'integration').schema;
      s = step(s, {type: 'pushRecords', count: 2, table: 'orders'}, env).state;
      s = step(s, {type: 'pushRecords', count: 1, table: '__proto__'}, env).state;
      expect(tableRows(s, schema, 'orders').map((r) => r.id)).toEqual([1, 2]);
      expect(tableRows(s, schema, '__proto__').map((r) => r.id)).toEqual([3]);
      expect(destinationSummary(s).map((x) => x.schema)).toEqual([schema]);
      roundTrips(s);
      const r = load(serialize(s));
      if (!r.ok) throw new Error(r.reason);
      expect(tableRows(r.state, schema, 'orders').map((row) => row.id)).toEqual([1, 2]);
      expect(tableRows(r.state, schema, '__proto__').map((row) => row.id)).toEqual([3]);
    },
  );

  it('selectors do not read inherited properties', () => {
    const env = newEnv();
    const s = step(withApp(env).s, {type: 'pushRecords'}, env).state;
    for (const w of WORDS) {
      expect(tableRows(s, w, 'orders')).toEqual([]);
      expect(tableRows(s, 'customer_records', w)).toEqual([]);
    }
  });
});
