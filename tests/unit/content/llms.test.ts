import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {markdownUrlFor} from '../../../src/config/llms/markdown-url';
import {defined} from '../../support/defined';
import {BASE_URL, BUILD_DIR, GUIDE_PATH, assertBuilt, headingText, loadPage} from './build-output';

/*
 * llms.txt, llms-full.txt and the pages' .md files, as the build writes them: what an
 * assistant reads. Everything is checked against the built HTML and sitemap, under the
 * base URL the build was made with.
 */

/** The guide's sections as Markdown headings, written out here on purpose (seed order). */
const GUIDE_HEADINGS = [
  '## API access tokens and integrations',
  '## Generate a new API access token',
  '### In the Stitch web app',
  '### Via the Connect API',
  '## Secure your API access tokens',
  '### Rotate your API access tokens',
  '### Revoke an existing API access token',
  '#### In the Stitch web app',
  '#### Via the Connect API',
];

/** What must never reach the Markdown: MDX source, JSX, Liquid, HTML comments, heading ids. */
const LEFTOVERS = [
  '{%',
  'import ',
  'export ',
  '<TokenMethods',
  '<WebAppSteps',
  '<When',
  'props.',
  'frontMatter.',
  '{tokenAction',
  'stitchApp.',
  '<!--',
  '{/*',
  '{#',
];

const read = (file: string) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');

let origin: string;
let llmsTxt: string;
let fullTxt: string;
/** Sitemap pages (paths under BASE_URL) that are docs: they render a doc article. */
let docPaths: string[];

beforeAll(() => {
  assertBuilt();
  const canonical = loadPage(GUIDE_PATH)
    .querySelector('link[rel="canonical"]')
    ?.getAttribute('href');
  origin = new URL(canonical!).origin;
  llmsTxt = read('llms.txt');
  fullTxt = read('llms-full.txt');
  const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    defined(m[1], 'sitemap URL'),
  );
  docPaths = locs
    .map((loc) => new URL(loc).pathname.slice(BASE_URL.length))
    .filter((p) => loadPage(p).querySelector('article .theme-doc-markdown') !== null);
});

const pageUrl = (sitePath: string) => `${origin}${BASE_URL}${sitePath}`;
const markdownUrl = (sitePath: string) =>
  `${origin}${markdownUrlFor(BASE_URL + sitePath, BASE_URL)}`;
const markdownFile = (sitePath: string) =>
  markdownUrlFor(BASE_URL + sitePath, BASE_URL).slice(BASE_URL.length);
const description = (sitePath: string) =>
  loadPage(sitePath).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';

describe('llms.txt', () => {
  it('opens with the site name as H1 and a one-line summary in a blockquote', () => {
    const [h1, blank, summary] = llmsTxt.split('\n');
    expect(h1).toBe('# Stitch Import API docs');
    expect(blank).toBe('');
    expect(summary).toMatch(/^> \S.+/);
  });

  it('lists every doc page of the sitemap, as an absolute link to its .md, with its description', () => {
    expect(docPaths.length).toBeGreaterThanOrEqual(3);
    expect(docPaths).toContain(GUIDE_PATH);
    for (const p of docPaths) {
      const line = `](${markdownUrl(p)}): ${description(p)}`;
      expect(llmsTxt, `llms.txt lists ${p}`).toContain(line);
    }
  });

  it('links the home page and the full text, and not the search or 404 pages', () => {
    expect(llmsTxt).toContain(`](${pageUrl('')})`);
    expect(llmsTxt).toContain(`](${pageUrl('llms-full.txt')})`);
    expect(llmsTxt).not.toMatch(/\/search\/?\)|404/);
  });

  it('has only absolute links under the site’s base URL, and each one is a built file', () => {
    const links = [...llmsTxt.matchAll(/\]\(([^)]+)\)/g)].map((m) => defined(m[1], 'link target'));
    expect(links.length).toBe(docPaths.length + 2);
    for (const url of links) {
      expect(url.startsWith(pageUrl('')), `${url} under ${pageUrl('')}`).toBe(true);
      const file = url.slice(pageUrl('').length);
      expect(fs.existsSync(path.join(BUILD_DIR, file === '' ? 'index.html' : file)), url).toBe(
        true,
      );
    }
  });

  it('puts each list under an H2 section, secondary links under "Optional"', () => {
    const headings = llmsTxt.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Stitch Import API docs', '## Import API guides', '## Optional']);
  });
});

describe('the .md version of each doc page', () => {
  it('starts with the page’s title and its URL', () => {
    for (const p of docPaths) {
      const md = read(markdownFile(p));
      const h1 = headingText(loadPage(p).querySelector('article h1')!);
      expect(md.startsWith(`# ${h1}\n\nSource: ${pageUrl(p)}\n\n`), p).toBe(true);
    }
  });

  it('carries the guide as rendered: partials with their props, UI labels, notes, links', () => {
    const md = read(markdownFile(GUIDE_PATH));
    expect(md).toContain('You can generate an Import API access token in two ways:');
    expect(md).toContain('You can revoke an Import API access token in two ways:');
    expect(md).toContain('Click **Save and Generate Token**');
    expect(md).toContain('(Integration Settings)');
    expect(md.match(/^> \*\*Note\*\*$/gm)).toHaveLength(2);
    expect(md).toContain(`](${pageUrl(GUIDE_PATH)}#rotate-your-api-access-tokens)`);
    expect(md).not.toMatch(/\]\((?!https?:\/\/)/);
    // Nor the headings' "direct link" markers (zero-width spaces).
    expect(md).not.toContain('\u200b');
  });

  it('replaces each sandbox widget of the guide by one line pointing to the page', () => {
    const widgets = loadPage(GUIDE_PATH).querySelectorAll('[data-sandbox-shell]').length;
    const lines = read(markdownFile(GUIDE_PATH)).match(/^\(Interactive widget: .+\)$/gm) ?? [];
    expect(widgets).toBeGreaterThan(0);
    expect(lines).toHaveLength(widgets);
    for (const line of lines) expect(line).toContain(`(${pageUrl(GUIDE_PATH)})`);
  });

  it('carries the guide’s rotation script in every language, as fences', () => {
    const md = read(markdownFile(GUIDE_PATH));
    const section = md.slice(md.indexOf('\n### Rotate with the Connect API, step by step\n'));
    const fences = [...section.matchAll(/^```(\w+)/gm)].map((m) => m[1]);
    expect(fences.slice(0, 3)).toEqual(['python', 'javascript', 'go']);
  });

  it('keeps code blocks as fences with their language', () => {
    const sandbox = docPaths.find((p) => p.includes('sandbox'))!;
    expect(read(markdownFile(sandbox))).toMatch(/^```bash title=".+"\ncurl [^\n]*-X POST /m);
  });
});

describe('llms-full.txt', () => {
  it('holds every doc page, in sidebar order, each headed by its title and URL', () => {
    const sidebar = loadPage(GUIDE_PATH)
      .querySelectorAll('.theme-doc-sidebar-menu a.menu__link[href]')
      .map((a) => a.getAttribute('href')!.slice(BASE_URL.length));
    expect([...sidebar].sort()).toEqual([...docPaths].sort());
    const sources = [...fullTxt.matchAll(/^Source: (\S+)$/gm)].map((m) => m[1]);
    expect(sources).toEqual(sidebar.map(pageUrl));
    for (const p of docPaths) expect(fullTxt).toContain(read(markdownFile(p)).trimEnd());
  });

  it('contains the guide’s section headings in order', () => {
    const guide = fullTxt.slice(fullTxt.indexOf(`Source: ${pageUrl(GUIDE_PATH)}`));
    const positions = GUIDE_HEADINGS.map((h) => guide.indexOf(`\n${h}\n`));
    expect(
      positions.every((p) => p > 0),
      'every heading is there',
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each(LEFTOVERS)('has no MDX, JSX or Liquid leftover: %j', (leftover) => {
    // Code fences may say anything (a Python script imports); the prose around them may not.
    const prose = fullTxt.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
    expect(prose).not.toContain(leftover);
  });
});
