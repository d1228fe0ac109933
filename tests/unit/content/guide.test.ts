import fs from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse, type HTMLElement} from 'node-html-parser';
import {
  BASE_URL,
  BUILD_DIR,
  GUIDE_PATH,
  OLD_GUIDE_PATH,
  allFiles,
  assertBuilt,
  fileFor,
  headingText,
  loadPage,
} from './build-output';
import path from 'node:path';
import {defined} from '../../support/defined';

/*
 * The port, checked on the production build: what a reader, a search engine and an old
 * bookmark get. Expected values are the Stitch seed page's, written out here on purpose.
 */

const SEED_SECTIONS: ReadonlyArray<{level: 'h2' | 'h3' | 'h4'; id: string; title: string}> = [
  {level: 'h2', id: 'access-tokens-integrations', title: 'API access tokens and integrations'},
  {level: 'h2', id: 'generate-import-api-access-token', title: 'Generate a new API access token'},
  {level: 'h3', id: 'generate-token-stitch-web-app', title: 'In the Stitch web app'},
  {level: 'h3', id: 'generate-token-via-the-connect-api', title: 'Via the Connect API'},
  {level: 'h2', id: 'secure-your-api-access-tokens', title: 'Secure your API access tokens'},
  {level: 'h3', id: 'rotate-your-api-access-tokens', title: 'Rotate your API access tokens'},
  {level: 'h3', id: 'revoke-import-api-access-token', title: 'Revoke an existing API access token'},
  {level: 'h4', id: 'revoke-token-stitch-web-app', title: 'In the Stitch web app'},
  {level: 'h4', id: 'revoke-token-via-the-connect-api', title: 'Via the Connect API'},
];

/** This site's own section, between the seed's rotate and revoke sections. */
const SITE_SECTION = {
  level: 'h3',
  id: 'rotate-with-the-connect-api',
  title: 'Rotate with the Connect API, step by step',
} as const;

/** The seed's sections with this site's one inserted: what the page shows, in order. */
const PAGE_SECTIONS = [
  ...SEED_SECTIONS.slice(
    0,
    SEED_SECTIONS.findIndex((s) => s.id === 'rotate-your-api-access-tokens') + 1,
  ),
  SITE_SECTION,
  ...SEED_SECTIONS.slice(SEED_SECTIONS.findIndex((s) => s.id === 'revoke-import-api-access-token')),
];

const SUMMARY =
  "A valid API access token is required to use Stitch's Import API. Use this guide to manage your Import API access tokens in the Stitch web app.";

let page: HTMLElement;
let content: HTMLElement;

beforeAll(() => {
  assertBuilt();
  page = loadPage(GUIDE_PATH);
  const markdown = page.querySelector('article .theme-doc-markdown');
  if (!markdown) throw new Error('The guide has no .theme-doc-markdown content');
  content = markdown;
});

describe('the built guide page', () => {
  it('has the title as its only h1', () => {
    const h1s = page.querySelectorAll('h1');
    expect(h1s.map(headingText)).toEqual(['Stitch Import API Access Tokens']);
  });

  it.each(PAGE_SECTIONS)('has #$id on an $level', ({level, id}) => {
    const el = page.getElementById(id);
    expect(el, `no element with id="${id}"`).not.toBeNull();
    expect(el!.tagName.toLowerCase()).toBe(level);
  });

  it("has the seed's sections, in order and nesting, and only this site's one besides", () => {
    const headings = content.querySelectorAll('h2, h3, h4').map((el) => ({
      level: el.tagName.toLowerCase(),
      id: el.id,
      title: headingText(el),
    }));
    expect(headings).toEqual(PAGE_SECTIONS);
    expect(headings.filter((h) => h.id !== SITE_SECTION.id)).toEqual(SEED_SECTIONS);
  });

  it('lists every section in the table of contents, in order', () => {
    const toc = page.querySelectorAll('.table-of-contents a').map((a) => a.getAttribute('href'));
    expect(toc).toEqual(PAGE_SECTIONS.map(({id}) => `#${id}`));
  });

  it('prints the summary as the intro, before the first section', () => {
    const html = content.innerHTML;
    const summary = content.querySelectorAll('p').find((p) => p.text.trim() === SUMMARY);
    expect(summary, 'summary paragraph').toBeDefined();
    expect(html.indexOf(SUMMARY)).toBeLessThan(html.indexOf('id="access-tokens-integrations"'));
  });

  it('renders both notes as admonitions, where the seed had them', () => {
    const nodes = content.querySelectorAll('h2, h3, h4, .theme-admonition');
    const notes = nodes
      .map((el, i) => ({el, i}))
      .filter(({el}) => el.classList.contains('theme-admonition'));
    expect(notes).toHaveLength(2);
    for (const {el} of notes) expect(el.classList.contains('theme-admonition-note')).toBe(true);

    const sectionOf = (index: number) =>
      nodes
        .slice(0, index)
        .reverse()
        .find((el) => /^h[2-4]$/i.test(el.tagName))?.id;

    // 1. The intro's "this guide is about Import API tokens, not Connect credentials" note.
    const intro = defined(notes[0], 'intro note');
    expect(sectionOf(intro.i)).toBeUndefined();
    expect(intro.el.text).toMatch(/Connect API/);
    expect(intro.el.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.stitchdata.com/docs/developers/stitch-connect/guides/connect-api-credentials',
    );
    // 2. The "create a replacement first" note that opens the web-app revoke steps.
    const replaceFirst = defined(notes[1], 'replace-first note');
    expect(sectionOf(replaceFirst.i)).toBe('revoke-token-stitch-web-app');
    expect(replaceFirst.el.text).toMatch(/second token/);
  });

  it('lists the web-app steps with the product labels, and a picture (the live widget’s stand-in) with alt text', () => {
    const text = content.text;
    for (const label of [
      'Stitch Dashboard',
      'Add Integration',
      'Save and Generate Token',
      'Close and Continue',
      'Integration Details',
      'API Access Tokens',
      'Revoke',
    ]) {
      expect(text).toContain(label);
    }
    // One picture per screen: each stands in the place of its live web-app widget.
    const pictures = content.querySelectorAll('[data-sandbox-shell] figure [role="img"]');
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      const title = content.querySelector(`[id="${picture.getAttribute('aria-labelledby')}"]`);
      expect(title?.text).toMatch(/^Picture: (generating|revoking) an Import API access token/);
    }
    expect(content.querySelectorAll('figure')).toHaveLength(2);
    expect(content.querySelectorAll('img')).toHaveLength(0);
  });

  it('links the "two ways" lists to their own sections', () => {
    for (const action of ['generate', 'revoke']) {
      for (const suffix of ['token-stitch-web-app', 'token-via-the-connect-api']) {
        expect(content.querySelector(`a[href="#${action}-${suffix}"]`)).not.toBeNull();
      }
    }
  });
});

describe("this site's section: rotate with the Connect API, step by step", () => {
  /** The elements from the section's heading up to the next heading. */
  const section = () => {
    const all = content.querySelectorAll('h2, h3, h4, p, ul, .tabs-container, pre');
    const start = all.findIndex((el) => el.id === SITE_SECTION.id);
    const end = all.findIndex((el, i) => i > start && /^h[2-4]$/i.test(el.tagName));
    return all.slice(start + 1, end);
  };

  it("says first that it is this site's addition, not Stitch's", () => {
    const first = defined(section()[0], 'section');
    expect(first.querySelector('.badge')?.text).toBe("Not in Stitch's guide");
    expect(first.text).toMatch(/addition of this site/);
  });

  it('shows the script in tabs, Python first, each language the whole file', () => {
    const tabs = section().find((el) => el.classList.contains('tabs-container'));
    expect(tabs, 'a tab group').toBeDefined();
    const labels = tabs!.querySelectorAll('[role="tab"]').map((t) => t.text);
    expect(labels).toEqual(['Python', 'JavaScript', 'Go']);
    // Every tab is in the page (the Markdown export reads it), the first one shown.
    const panels = tabs!.querySelectorAll('[role="tabpanel"]');
    expect(panels.map((p) => p.hasAttribute('hidden'))).toEqual([false, true, true]);
    const files = ['rotate_token.py', 'rotate-token.mjs', 'rotate_token.go'];
    // node-html-parser keeps a <pre>'s content as raw HTML: parse it to read the text.
    expect(panels.map((p) => parse(p.querySelector('pre')!.text).text)).toEqual(
      files.map((f) => fs.readFileSync(path.join('static/rotation', f), 'utf8')),
    );
    expect(panels.map((p) => p.querySelector('a[download]')?.getAttribute('href'))).toEqual(
      files.map((f) => `${BASE_URL}rotation/${f}`),
    );
  });
});

describe('links and anchors in the guide', () => {
  const pageIds = (sitePath: string) =>
    new Set(
      loadPage(sitePath)
        .querySelectorAll('[id]')
        .map((el) => el.id),
    );

  it('resolves every internal link to a built page, and every anchor to an id', () => {
    const problems: string[] = [];
    const hrefs = page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) {
      if (/^[a-z]+:/i.test(href)) continue; // external, checked below
      const [beforeHash, hash] = href.split('#', 2);
      const pathPart = defined(beforeHash, 'path part');
      let sitePath = GUIDE_PATH;
      if (pathPart !== '') {
        if (!pathPart.startsWith(BASE_URL)) {
          problems.push(`${href}: not under baseUrl ${BASE_URL}`);
          continue;
        }
        sitePath = pathPart.slice(BASE_URL.length);
        if (sitePath !== '' && !sitePath.endsWith('/') && !/\.[a-z0-9]+$/i.test(sitePath)) {
          problems.push(`${href}: page link without the trailing slash (a redirect hop)`);
          continue;
        }
        if (!fs.existsSync(fileFor(sitePath))) {
          problems.push(`${href}: no built file ${fileFor(sitePath)}`);
          continue;
        }
      }
      if (hash && fileFor(sitePath).endsWith('.html') && !pageIds(sitePath).has(hash)) {
        problems.push(`${href}: no id="${hash}" on ${sitePath || '/'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends Stitch pages that are not ported to the canonical Stitch docs', () => {
    const external = content
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => /^[a-z]+:/i.test(href));
    expect(external.length).toBeGreaterThan(0);
    for (const href of external) {
      expect(href).toMatch(/^https:\/\/(www\.stitchdata\.com\/docs\/|app\.stitchdata\.com$)/);
    }
  });
});

describe('the rest of the build', () => {
  it('leaves no Liquid ({{ or {%) in any built page, sitemap or search index', () => {
    const files = allFiles(BUILD_DIR, /\.(html|xml)$|^search-index.*\.json$/);
    expect(files.length).toBeGreaterThan(3);
    const offenders = files.filter((file) => /\{\{|\{%/.test(fs.readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('redirects the old URL to the guide', () => {
    const redirect = loadPage(OLD_GUIDE_PATH);
    const target = `${BASE_URL}${GUIDE_PATH}`;
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toContain(
      target,
    );
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toContain(target);
  });
});
