import {describe, expect, it} from 'vitest';
import {parseOptions} from '@site/scripts/bench/cli';

describe('npm run bench options', () => {
  it('default to every page, both form factors, 5 mobile and 3 desktop rounds', () => {
    expect(parseOptions([])).toEqual({
      check: false,
      runs: 5,
      desktopRuns: 3,
      build: true,
      lighthouse: true,
      core: true,
      pages: ['guide', 'sandbox'],
      formFactors: ['mobile', 'desktop'],
    });
  });

  it('take the documented flags', () => {
    expect(
      parseOptions([
        '--runs',
        '1',
        '--desktop-runs=2',
        '--no-build',
        '--no-lighthouse',
        '--no-core',
        '--pages',
        'home,guide',
        '--form-factor',
        'mobile',
      ]),
    ).toMatchObject({
      runs: 1,
      desktopRuns: 2,
      build: false,
      lighthouse: false,
      core: false,
      pages: ['home', 'guide'],
      formFactors: ['mobile'],
    });
  });

  it('refuse bad values with a message that says what is wanted', () => {
    expect(() => parseOptions(['--runs', '2.5'])).toThrow('--runs needs a whole number ≥ 1');
    expect(() => parseOptions(['--desktop-runs', ''])).toThrow('--desktop-runs needs a whole');
    expect(() => parseOptions(['--pages', 'guide,blog'])).toThrow(
      'Expected a comma-separated list of home, guide, sandbox; got "guide,blog"',
    );
    expect(() => parseOptions(['--form-factor', ''])).toThrow('list of mobile, desktop');
    expect(() => parseOptions(['--fast'])).toThrow("Unknown option '--fast'");
  });

  it('let --check run only the whole bench, on enough rounds', () => {
    expect(parseOptions(['--check']).check).toBe(true);
    for (const partial of [['--no-lighthouse'], ['--no-core'], ['--pages', 'guide']])
      expect(() => parseOptions(['--check', ...partial])).toThrow('--check enforces every budget');
    expect(() => parseOptions(['--check', '--form-factor', 'desktop'])).toThrow('every budget');
    expect(() => parseOptions(['--check', '--runs', '4'])).toThrow('it needs --runs 5 or more');
  });
});
