/** The command line of `npm run bench` (see the usage in cli.ts). */
import {OUR_PAGES, type OurPage} from './config';
import type {FormFactor} from './lighthouse';

export interface Options {
  check: boolean;
  /** Lighthouse rounds in mobile (the checks' form factor) and in desktop. */
  runs: number;
  desktopRuns: number;
  build: boolean;
  lighthouse: boolean;
  core: boolean;
  /** Our pages that Lighthouse measures, beside the stock guide. */
  pages: OurPage[];
  formFactors: FormFactor[];
}

const FORM_FACTORS: FormFactor[] = ['mobile', 'desktop'];
/** Medians of fewer runs swing too much to hold a page to a few points. */
export const MIN_CHECK_RUNS = 5;

export const DEFAULT_OPTIONS: Options = {
  check: false,
  runs: 5,
  desktopRuns: 3,
  build: true,
  lighthouse: true,
  core: true,
  pages: ['guide', 'sandbox'],
  formFactors: FORM_FACTORS,
};

function listOption<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  const items = (value ?? '').split(',').filter(Boolean);
  const unknown = items.filter((i) => !allowed.includes(i as T));
  if (!items.length || unknown.length)
    throw new Error(`Expected a comma-separated list of ${allowed.join(', ')}; got "${value}"`);
  return items as T[];
}

function count(value: string | undefined, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option} needs a whole number ≥ 1`);
  return n;
}

function checkable(o: Options): void {
  const subset =
    !o.lighthouse ||
    !o.pages.includes('guide') ||
    !o.pages.includes('sandbox') ||
    o.formFactors.length < FORM_FACTORS.length;
  if (subset)
    throw new Error(
      '--check enforces every budget: run it without --no-lighthouse, --pages or --form-factor',
    );
  if (o.runs < MIN_CHECK_RUNS)
    throw new Error(`--check compares medians: it needs --runs ${MIN_CHECK_RUNS} or more`);
}

export function parseArgs(argv: string[]): Options {
  const o: Options = {...DEFAULT_OPTIONS};
  const ourPages = OUR_PAGES.map((p) => p.name);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') o.check = true;
    else if (a === '--runs') o.runs = count(argv[++i], a);
    else if (a === '--desktop-runs') o.desktopRuns = count(argv[++i], a);
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--no-core') o.core = false;
    else if (a === '--pages') o.pages = listOption(argv[++i], ourPages);
    else if (a === '--form-factor') o.formFactors = listOption(argv[++i], FORM_FACTORS);
    else throw new Error(`Unknown option ${a}`);
  }
  if (o.check) checkable(o);
  return o;
}
