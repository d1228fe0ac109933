import {describe, expect, it} from 'vitest';
import {runChecks, type CheckInput, type Medians} from '@site/scripts/bench/checks';

const page = (over: Partial<Medians> = {}): Medians => ({
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 100,
  cls: 0,
  ...over,
});

/** A run where every page passes: stock at 80 points and 400 ms of TBT. */
function passing(): CheckInput {
  return {
    jsCssGzip: {guide: 170_000, sandbox: 225_000},
    mobile: {stock: page({performance: 80, tbtMs: 400}), guide: page(), sandbox: page()},
    desktop: {guide: page(), sandbox: page()},
  };
}

const failing = (input: CheckInput) =>
  runChecks(input)
    .filter((c) => !c.ok)
    .map((c) => c.name);

describe('bench checks', () => {
  it('pass when every figure is within its limit', () => {
    expect(failing(passing())).toEqual([]);
  });

  it('hold the sandbox mobile TBT to half of stock', () => {
    const input = passing();
    input.mobile.sandbox = page({tbtMs: 200});
    expect(failing(input)).toEqual([]);
    input.mobile.sandbox = page({tbtMs: 201});
    expect(failing(input)).toEqual(['sandbox mobile TBT vs stock']);
  });

  it('want the guide and the sandbox 10 points above stock, at most 100', () => {
    const input = passing();
    input.mobile.guide = page({performance: 89});
    input.mobile.sandbox = page({performance: 90});
    expect(failing(input)).toEqual(['guide mobile performance vs stock']);

    input.mobile.stock = page({performance: 95, tbtMs: 400});
    input.mobile.guide = page({performance: 100});
    input.mobile.sandbox = page({performance: 99});
    expect(failing(input)).toEqual(['sandbox mobile performance vs stock']);
  });

  it('fail every comparison when stock was not measured', () => {
    const input = passing();
    delete input.mobile.stock;
    expect(failing(input)).toEqual([
      'guide mobile performance vs stock',
      'sandbox mobile performance vs stock',
      'sandbox mobile TBT vs stock',
    ]);
    // …and says why, so that a report does not read them as breaches.
    expect(runChecks(input).filter((c) => !c.measured)).toHaveLength(3);
  });

  it('keep the weight budgets, the 100s and CLS 0', () => {
    const input = passing();
    input.jsCssGzip.sandbox = 260_001;
    input.mobile.guide = page({seo: 92});
    input.desktop.sandbox = page({cls: 0.001});
    expect(failing(input)).toEqual([
      'sandbox JS+CSS fetched, gzip',
      'guide mobile SEO',
      'sandbox desktop CLS',
    ]);
  });
});
