import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {ssrTemplate} from '@site/src/config/ssr-template';
import {defined} from '../../support/defined';

const require = createRequire(import.meta.url);
// The template Docusaurus would use without ours (CommonJS, `exports.default`).
const docusaurusTemplate = (
  require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {default: string}
).default;

const SCRIPT_TAGS = /<% it\.scripts\.forEach\(\(script\) => \{ %>[\s\S]*?<% \}\); %>/;
const LOADER = /<script>[\s\S]*?<\/script>/;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type Render = (data: Record<string, unknown>) => string;
const {compileSSGTemplate} = require('@docusaurus/core/lib/ssg/ssgTemplate.js') as {
  compileSSGTemplate: (template: string) => Promise<Render>;
};

/** The page our template gives, through Docusaurus's own compiler, for a base URL. */
async function renderPage(baseUrl: string): Promise<string> {
  const render = await compileSSGTemplate(ssrTemplate);
  return render({
    appHtml: '<main>page</main>',
    baseUrl,
    htmlAttributes: 'lang="en"',
    bodyAttributes: '',
    headTags: '',
    preBodyTags: '',
    postBodyTags: '',
    metaAttributes: [],
    scripts: ['assets/js/runtime~main.1.js', 'assets/js/main.2.js'],
    stylesheets: ['assets/css/styles.3.css'],
    noIndex: false,
    version: '3.10.2',
  });
}

/** The loader's list of script URLs, as the browser would read it. */
function loaderSources(html: string): string[] {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  const list = /\}\)\((\[.*\])\);\s*$/.exec(defined(scripts[0]?.[1], 'script'))?.[1];
  return JSON.parse(list ?? 'null') as string[];
}

describe('the page template', () => {
  it('is Docusaurus’s own, but for where the scripts are loaded', () => {
    // Fails when a Docusaurus upgrade changes its template: port the change here.
    expect(docusaurusTemplate).toMatch(SCRIPT_TAGS);
    expect(ssrTemplate).not.toMatch(SCRIPT_TAGS);
    expect(squash(ssrTemplate.replace(LOADER, ''))).toBe(
      squash(docusaurusTemplate.replace(SCRIPT_TAGS, '')),
    );
  });

  it('lists the scripts, runtime first, under the base URL', async () => {
    expect(loaderSources(await renderPage('/acme/docs/'))).toEqual([
      '/acme/docs/assets/js/runtime~main.1.js',
      '/acme/docs/assets/js/main.2.js',
    ]);
  });

  it('cannot be broken out of by a hostile base URL', async () => {
    const base = '/x</script><script>alert(1)</script><!--/';
    const html = await renderPage(base);
    expect(loaderSources(html)).toEqual([
      `${base}assets/js/runtime~main.1.js`,
      `${base}assets/js/main.2.js`,
    ]);
  });
});
