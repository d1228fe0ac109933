import {describe, expect, it} from 'vitest';
import {pageToMarkdown} from '@site/src/config/llms/html-to-markdown';

/*
 * The doc → Markdown conversion, on markup as Docusaurus 3.10 renders it (class names
 * with CSS-module hashes included, copied from the built site).
 */

const PAGE = 'https://example.com/acme/docs/guides/tokens/';
/** A fragment of an article, as Markdown: the fragment is the article, with no h1. */
const md = (html: string) =>
  pageToMarkdown(`<div class="theme-doc-markdown">${html}</div>`, PAGE).body;

describe('an article fragment to Markdown', () => {
  it('writes headings as their text: no anchor id syntax, no "direct link" marker', () => {
    const html =
      '<h2 class="anchor anchorTargetStickyNavbar_Vzrq" id="rotate-tokens">Rotate your tokens' +
      '<a href="#rotate-tokens" class="hash-link" aria-label="Direct link to Rotate your tokens">\u200b</a></h2>' +
      '<h3 id="in-the-app">In the <code>app</code></h3>';
    expect(md(html)).toBe('## Rotate your tokens\n\n### In the `app`');
  });

  it('writes a snippet shown plain as a fence with its language and title, without the tab list', () => {
    const html =
      '<div class="tabs-container"><ul role="tablist" class="tabs"><li role="tab">curl</li><li role="tab">Python</li></ul>' +
      '<div role="tabpanel"><div data-language="bash"><div class="plain_x1" data-code-language="bash">' +
      '<div class="title_x2" data-code-title="">Is the API up?</div>' +
      '<pre><code>curl -sS "$URL/v2/import/status"</code></pre></div></div></div></div>';
    expect(md(html)).toBe('```bash title="Is the API up?"\ncurl -sS "$URL/v2/import/status"\n```');
  });

  it('keeps every tab of a tab group (hidden ones too), one fence per language', () => {
    const panel = (language: string, code: string, hidden: boolean) =>
      `<div role="tabpanel" class="tabItem_Ymn6"${hidden ? ' hidden' : ''}>` +
      `<div data-language="${language}"><div class="plain_x1" data-code-language="${language}">` +
      `<pre><code>${code}</code></pre></div></div></div>`;
    const html =
      '<div class="tabs-container"><ul role="tablist"><li role="tab">Python</li><li role="tab">Go</li></ul>' +
      `<div class="margin-top--md">${panel('python', 'print(1)', false)}${panel('go', 'package main', true)}</div></div>`;
    expect(md(html)).toBe('```python\nprint(1)\n```\n\n```go\npackage main\n```');
  });

  it('keeps ordered and unordered lists, with inline formatting', () => {
    const html =
      '<ol><li class="">Click <strong>Add Integration</strong>.</li><li class="">Type a name: <code>Customer Records</code>.</li></ol>' +
      '<ul><li class="">one</li><li class="">two<ul><li>nested</li></ul></li></ul>';
    expect(md(html)).toBe(
      '1. Click **Add Integration**.\n2. Type a name: `Customer Records`.\n\n- one\n- two\n  - nested',
    );
  });

  it('keeps GFM task lists and tables', () => {
    const html =
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled checked> done</li>' +
      '<li class="task-list-item"><input type="checkbox" disabled> to do</li></ul>' +
      '<table><thead><tr><th>Status</th><th>Meaning</th></tr></thead>' +
      '<tbody><tr><td><code>401</code></td><td>Invalid token</td></tr></tbody></table>';
    expect(md(html)).toBe(
      '- [x] done\n- [ ] to do\n\n| Status | Meaning       |\n| ------ | ------------- |\n| `401`  | Invalid token |',
    );
  });

  it('makes links absolute: site paths and #anchors against the page, others as written', () => {
    const html =
      '<p><a href="/acme/docs/guides/sandbox/">the sandbox</a>, <a href="#revoke" class="">revoke</a>, ' +
      '<a href="https://app.stitchdata.com" target="_blank" rel="noopener noreferrer">Stitch</a>, ' +
      '<a href="mailto:help@example.com">mail</a></p>';
    expect(md(html)).toBe(
      '[the sandbox](https://example.com/acme/docs/guides/sandbox/), ' +
        '[revoke](https://example.com/acme/docs/guides/tokens/#revoke), ' +
        '[Stitch](https://app.stitchdata.com), [mail](mailto:help@example.com)',
    );
  });

  it('writes an admonition as a blockquote headed by its title', () => {
    const html =
      '<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary">' +
      '<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M0 0"></path></svg></span>note</div>' +
      '<div class="admonitionContent_BuS1"><p>Read the <a href="/acme/docs/x/">other guide</a> first.</p><p>Then go on.</p></div></div>';
    expect(md(html)).toBe(
      '> **Note**\n>\n> Read the [other guide](https://example.com/acme/docs/x/) first.\n>\n> Then go on.',
    );
  });

  it('writes a theme code block as a fence with its language and title, one line per line', () => {
    const line = (tokens: string) =>
      `<div class="token-line" style="color:#393A34">${tokens}<br></div>`;
    const html =
      '<div class="language-bash codeBlockContainer_Ckt0 theme-code-block">' +
      '<div class="codeBlockTitle_OeMC">Push one record</div>' +
      '<div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V"><code class="codeBlockLines_e6Vv">' +
      line('<span class="token function">curl</span><span class="token plain"> -X POST \\</span>') +
      line(
        '<span class="token plain">  -H </span><span class="token string">\'Authorization: Bearer &lt;TOKEN&gt;\'</span>',
      ) +
      '</code></pre><div class="buttonGroup_M5ko"><button type="button" aria-label="Copy code to clipboard">Copy</button></div></div></div>';
    expect(md(html)).toBe(
      '```bash title="Push one record"\ncurl -X POST \\\n  -H \'Authorization: Bearer <TOKEN>\'\n```',
    );
  });

  it('replaces a sandbox widget by one line that points to the page', () => {
    const html =
      '<p>Before.</p><div class="frame_xr5p" style="min-height:18rem" data-sandbox-shell="scope">' +
      '<div class="placeholder_tYA3" aria-busy="true"><p class="placeholderLabel__DCl">Token scope demo</p>' +
      '<noscript><p>This interactive sandbox needs JavaScript.</p></noscript></div></div><p>After.</p>';
    expect(md(html)).toBe(
      'Before.\n\n(Interactive widget: Token scope demo — open [the page](https://example.com/acme/docs/guides/tokens/) to use it)\n\nAfter.',
    );
  });

  it('writes an SVG picture as its title and description, and drops decorative SVG', () => {
    const html =
      '<figure><svg role="img" viewBox="0 0 10 10"><title>Picture: the token list</title>' +
      '<desc>Two tokens, each with a Revoke button.</desc><text x="1" y="1">Revoke</text></svg>' +
      '<figcaption>Revoke the old token.</figcaption></figure>' +
      '<p><svg aria-hidden="true"><text>icon</text></svg>Text</p>';
    expect(md(html)).toBe(
      '(Picture: the token list. Two tokens, each with a Revoke button.)\n\nRevoke the old token.\n\nText',
    );
  });

  it('writes a card link (title and description in one link) as link: description', () => {
    const html =
      '<ul class="tiles_lvop"><li class="tile_fohk"><a class="link_Nftu" href="/acme/docs/guides/tokens/">' +
      '<span class="icon_yTVY"><svg aria-hidden="true" focusable="false"><rect></rect></svg></span>' +
      '<span class="body_E8Ei"><span class="title_Qzc7">Access tokens</span>' +
      '<span class="description_IXGy">Manage your tokens.</span></span></a></li></ul>';
    expect(md(html)).toBe(
      '- [Access tokens](https://example.com/acme/docs/guides/tokens/): Manage your tokens.',
    );
  });

  it('joins the text React separates with comments, and keeps no comment', () => {
    const html = '<p>You can <!-- -->generate<!-- --> a token (<!-- -->Settings<!-- -->).</p>';
    expect(md(html)).toBe('You can generate a token (Settings).');
  });
});

describe('pageToMarkdown', () => {
  const page = (article: string) =>
    `<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href="/">Home</a></nav>` +
    `<main><article><nav class="theme-doc-breadcrumbs"><a href="/">Home</a></nav>` +
    `<div class="theme-doc-markdown markdown"><header><h1>Access tokens</h1></header>${article}</div></article></main>` +
    `<footer>Footer</footer></body></html>`;

  it('returns the h1 as the title and only the article below it as the body', () => {
    const result = pageToMarkdown(page('<p>Body text.</p>'), PAGE);
    expect(result).toEqual({title: 'Access tokens', body: 'Body text.'});
  });

  it('refuses a page whose server HTML still has a pending Suspense boundary', () => {
    // React writes its fallback there and the real content elsewhere, for a script to move.
    const article =
      '<!--$?--><template id="B:0"></template><pre><code>fallback text</code></pre><!--/$-->';
    expect(() => pageToMarkdown(page(article), PAGE)).toThrow(/Suspense boundary/);
  });
});
