import {describe, expect, it} from 'vitest';
import {parseOptions} from '@site/scripts/bench/cli';

describe('npm run bench options', () => {
  it('default to a cold build, 5 Lighthouse rounds and the core bench, not enforced', () => {
    expect(parseOptions([])).toEqual({
      check: false,
      runs: 5,
      build: true,
      lighthouse: true,
      core: true,
    });
  });

  it('take the documented flags', () => {
    expect(parseOptions(['--runs', '1', '--no-build', '--no-lighthouse', '--no-core'])).toEqual({
      check: false,
      runs: 1,
      build: false,
      lighthouse: false,
      core: false,
    });
  });

  it('refuse bad values with a message that says what is wanted', () => {
    expect(() => parseOptions(['--runs', '2.5'])).toThrow('--runs needs a whole number ≥ 1');
    expect(() => parseOptions(['--runs', ''])).toThrow('--runs needs a whole number ≥ 1');
    expect(() => parseOptions(['--pages', 'guide'])).toThrow("Unknown option '--pages'");
  });

  it('let --check run only the whole bench, on enough rounds', () => {
    expect(parseOptions(['--check']).check).toBe(true);
    for (const partial of ['--no-lighthouse', '--no-core'])
      expect(() => parseOptions(['--check', partial])).toThrow('--check enforces every budget');
    expect(() => parseOptions(['--check', '--runs', '4'])).toThrow('it needs --runs 5 or more');
  });
});
