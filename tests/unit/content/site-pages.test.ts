import {beforeAll, describe, expect, it} from 'vitest';
import {BASE_URL, GUIDE_PATH, GUIDES_INDEX_PATH, assertBuilt, loadPage} from './build-output';

beforeAll(assertBuilt);

describe('the guides index', () => {
  it('shows the guide as a tile with its front-matter icon and description', () => {
    const index = loadPage(GUIDES_INDEX_PATH);
    const tile = index
      .querySelectorAll('article a[href]')
      .find((a) => a.getAttribute('href') === `${BASE_URL}${GUIDE_PATH}`);
    expect(tile, 'a tile linking to the guide').toBeDefined();
    expect(tile!.text).toContain('Stitch Import API Access Tokens');
    expect(tile!.text).toContain('Manage your Stitch Import API access tokens.');
    expect(tile!.querySelector('svg[data-icon="todo"]')).not.toBeNull();
  });
});

describe('the home page', () => {
  it('says what the site is and links to the guide', () => {
    const home = loadPage('');
    expect(home.querySelector('h1')?.text).toMatch(/Import API access tokens/i);
    const hrefs = home.querySelectorAll('main a, header a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${BASE_URL}${GUIDE_PATH}`);
  });
});
