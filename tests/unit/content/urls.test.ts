import {describe, expect, it} from 'vitest';
import {STITCH_DOCS_BASE, link, linkKeys, type LinkKey} from '../../../src/data/urls';
import {tokenAction} from '../../../src/data/token-actions';

describe('the URL table', () => {
  it('resolves ported pages internally, with the trailing slash the site uses', () => {
    expect(link('import-api.guides.access-tokens', 'rotate-your-api-access-tokens')).toEqual({
      href: '/developers/import-api/guides/import-api-access-tokens/#rotate-your-api-access-tokens',
      internal: true,
    });
  });

  it('sends pages that are not ported to the canonical Stitch docs', () => {
    expect(link('connect.api', '#access-the-api')).toEqual({
      href: `${STITCH_DOCS_BASE}/developers/stitch-connect/api#access-the-api`,
      internal: false,
    });
    for (const key of linkKeys) expect(link(key).href).toMatch(/^(\/|https:\/\/)/);
  });

  it('throws on an unknown key (what fails the build from MDX)', () => {
    expect(() => link('connect.guides.nope' as LinkKey)).toThrow(/Unknown URL-table key/);
  });

  it('accepts only the two token actions', () => {
    expect(tokenAction('revoke')).toBe('revoke');
    expect(() => tokenAction('rotate')).toThrow(/token action/);
  });
});
