import {describe, expect, it} from 'vitest';
import {normalizeBaseUrl} from '@site/src/config/base-url';

describe('normalizeBaseUrl', () => {
  it('gives the root for nothing, and one leading and trailing slash otherwise', () => {
    for (const raw of [undefined, '', ' ', '/', '//']) expect(normalizeBaseUrl(raw)).toBe('/');
    for (const raw of ['acme/docs', '/acme/docs', '/acme/docs/', ' //acme/docs// '])
      expect(normalizeBaseUrl(raw)).toBe('/acme/docs/');
    expect(normalizeBaseUrl('/my-repo.v2/%C3%A9/')).toBe('/my-repo.v2/%C3%A9/');
  });

  it('refuses what is not a plain path, naming the segment', () => {
    for (const [raw, segment] of [
      ['/x</script><script>alert(1)</script>/', 'x<'],
      ['/acme docs/', 'acme docs'],
      ['https://example.com/docs/', 'https:'],
      ['/acme//docs/', ''],
      ['/acme/../docs/', '..'],
      ['/docs?x=1/', 'docs?x=1'],
      ['/docs"/', 'docs"'],
    ] as const) {
      expect(() => normalizeBaseUrl(raw), raw).toThrow(/BASE_URL .* is not allowed/);
      expect(() => normalizeBaseUrl(raw), raw).toThrow(`segment ${JSON.stringify(segment)}`);
    }
  });
});
