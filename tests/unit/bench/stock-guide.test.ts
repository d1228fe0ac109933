import {describe, expect, it} from 'vitest';
import {stockGuideFromHtml} from '@site/scripts/bench/stock-guide';
import {configureStock} from '@site/scripts/bench/stock-site';

const opts = {siteUrl: 'https://acme.example.com', baseUrl: '/acme/docs/'};
// The shape of our build's guide page (minified as Docusaurus writes it).
const html = (body: string) =>
  `<!doctype html><html><head><meta name=description content="Manage tokens."></head><body>` +
  `<article><div class="theme-doc-markdown markdown"><header><h1>Tokens</h1></header>${body}</div></article></body></html>`;

describe('stockGuideFromHtml', () => {
  it('writes the prose as Markdown, with the heading ids and front matter', () => {
    const {markdown} = stockGuideFromHtml(
      html(
        `<h2 class=anchor id=rotate>Rotate <code>a_b</code><a href=#rotate class=hash-link>\u200b</a></h2>` +
          `<p>Use <strong>two</strong> tokens {not JSX} &lt;ever&gt;. See the <a href=/acme/docs/sandbox/>sandbox</a>.</p>` +
          `<ol><li class=""><a href=#rotate>In the app</a>, or</li><li>Via the API.</li></ol>`,
      ),
      opts,
    );
    expect(markdown).toBe(
      [
        '---\ntitle: "Tokens"\ndescription: "Manage tokens."\n---',
        '## Rotate `a_b` {/* #rotate */}',
        'Use **two** tokens \\{not JSX\\} \\<ever\\>. See the [sandbox](https://acme.example.com/acme/docs/sandbox/).',
        '1. [In the app](#rotate), or\n2. Via the API.',
      ].join('\n\n') + '\n',
    );
  });

  it('drops widgets and pictures, keeps notes, and names what it cannot convert', () => {
    const {markdown, dropped} = stockGuideFromHtml(
      html(
        `<div class="theme-admonition theme-admonition-note"><div class=admonitionHeading_x>note</div>` +
          `<div class=admonitionContent_y><p>Careful.</p></div></div>` +
          `<div data-sandbox-shell=guide><div><p>Guided rotation</p></div></div><figure><svg></svg></figure>`,
      ),
      opts,
    );
    expect(markdown).toContain(':::note\n\nCareful.\n\n:::');
    expect(dropped).toEqual(['widget "Guided rotation"', 'picture']);
    expect(() => stockGuideFromHtml(html('<table><tr><td>x</td></tr></table>'), opts)).toThrow(
      /<table/,
    );
  });
});

describe('stockGuideFromHtml on code in tabs', () => {
  it('keeps the first language as one fence with its title, and says the others were left out', () => {
    const {markdown, dropped} = stockGuideFromHtml(
      html(
        `<div class=snippets_x><div class=tabs-container><ul role=tablist><li role=tab>Python<li role=tab>Go</ul>` +
          `<div role=tabpanel><div data-language=python><div class=plain_x data-code-language=python>` +
          `<div data-code-title="">rotate.py</div><pre><code>print("a &lt; b")\n# \`x\`\n</code></pre></div></div></div></div></div>`,
      ),
      opts,
    );
    expect(markdown).toContain('```python title="rotate.py"\nprint("a < b")\n# `x`\n```');
    expect(dropped).toEqual(['code tabs other than the first']);
  });
});

describe('configureStock', () => {
  it('sets url and baseUrl of the template, and refuses a config without them', () => {
    const template =
      "  url: 'https://your-docusaurus-site.example.com',\n  baseUrl: '/',\n  title: 'x',\n";
    expect(configureStock(template, opts.siteUrl, opts.baseUrl)).toBe(
      "  url: 'https://acme.example.com',\n  baseUrl: '/acme/docs/',\n  title: 'x',\n",
    );
    expect(() => configureStock("title: 'x'", opts.siteUrl, opts.baseUrl)).toThrow();
  });
});
