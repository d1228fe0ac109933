/**
 * Schema names a warehouse accepts: Stitch's rule, then only what an identifier can hold.
 * A name left with no letter or digit is refused with a reason; the Integration Schema Name
 * field ("Use a different schema name?") goes through the same rule.
 */
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {
  checkDisplayName,
  isSchemaName,
  schemaNameOf,
  toSchemaName,
} from '../../../src/tokens/schema-name';
import {applyEvent} from '../../../src/tokens/reducer';
import {initialState} from '../../../src/tokens/state';
import {seededEnv} from '../../../src/tokens/random';

describe('schema names', () => {
  it.each([
    ['Customer Records', 'customer_records'],
    ['Events (v2.1)', 'events_v21'],
    ["Robert'); DROP TABLE--", 'robert_drop_table__'],
    ['<script>alert(1)</script>', 'scriptalert1script'],
    ['Café Ünïcode', 'cafe_unicode'],
    ['2024 Orders', '_2024_orders'],
    ['tab\tand space', 'tab_and_space'],
  ])('%j gives %j', (name, schema) => expect(toSchemaName(name)).toBe(schema));

  it('says which characters it dropped', () => {
    expect(schemaNameOf("Robert'); DROP TABLE--")).toEqual({
      schema: 'robert_drop_table__',
      dropped: ["'", ';'],
    });
  });

  it.each(['!!!', '???', '---', '   ', '☃☃'])('refuses %j: nothing usable is left', (name) => {
    const r = checkDisplayName(name.trim() === '' ? 'x' : name, [], name.trim() === '' ? '!!' : '');
    expect(r).toMatchObject({ok: false, code: 'schema-empty'});
    if (!r.ok) expect(r.reason).toMatch(/no letter or digit/);
  });

  it('the Integration Schema Name field is used instead of the name, by the same rule', () => {
    const r = checkDisplayName('Customer Records', [], 'CRM Export (EU)');
    expect(r).toEqual({ok: true, displayName: 'Customer Records', schema: 'crm_export_eu'});
    expect(checkDisplayName('Customer Records', ['crm_export_eu'], 'crm export eu')).toMatchObject({
      ok: false,
      code: 'schema-taken',
    });
    const s = applyEvent(
      initialState(),
      {type: 'createIntegration', displayName: 'Customer Records', schemaName: 'crm'},
      seededEnv(1),
    ).state;
    expect(s.integrations[0]).toMatchObject({displayName: 'Customer Records', schema: 'crm'});
  });

  it('any name gives a usable identifier or a refusal, and the rule is stable', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 100, unit: 'binary'}), (name) => {
        const {schema} = schemaNameOf(name);
        if (schema === '') return;
        expect(schema).toMatch(/^[a-z_][a-z0-9_]*$/);
        expect(schema.length).toBeLessThanOrEqual(100);
        expect(isSchemaName(schema)).toBe(true);
        expect(toSchemaName(schema)).toBe(schema);
      }),
      {numRuns: 2000},
    );
  });
});
