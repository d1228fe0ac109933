import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defined} from '../../support/defined';

const SNIPPETS = path.resolve(__dirname, '../../../src/tokens/snippets');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('src/tokens/snippets', () => {
  // A page that shows a snippet loads these modules: they must not bring the core along.
  it('imports values only from itself and http/util.ts (types from anywhere)', () => {
    const outside: string[] = [];
    for (const file of sources(SNIPPETS)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)) {
        const target = path.resolve(path.dirname(file), defined(m[1], 'import path'));
        const allowed =
          target.startsWith(SNIPPETS) || target === path.resolve(SNIPPETS, '../http/util');
        if (!allowed) outside.push(`${path.relative(SNIPPETS, file)} → ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
