import {describe, expect, it} from 'vitest';
import {docSections, type SidebarItemLike} from '@site/src/config/llms/docs-order';
import {renderLlmsFullTxt, renderLlmsTxt, renderPageMarkdown} from '@site/src/config/llms/llms-txt';
import {markdownUrlFor} from '@site/src/config/llms/markdown-url';

const doc = (id: string, unlisted = false) => ({
  id,
  title: `Title of ${id}`,
  description: `About ${id}.`,
  permalink: `/base/${id}`,
  unlisted,
});

describe('markdownUrlFor', () => {
  it('puts .md in place of the trailing slash, and index.md at the base itself', () => {
    expect(markdownUrlFor('/acme/docs/guides/tokens/', '/acme/docs/')).toBe(
      '/acme/docs/guides/tokens.md',
    );
    expect(markdownUrlFor('/acme/docs/guides/tokens', '/acme/docs/')).toBe(
      '/acme/docs/guides/tokens.md',
    );
    expect(markdownUrlFor('/acme/docs/', '/acme/docs/')).toBe('/acme/docs/index.md');
    expect(markdownUrlFor('/', '/')).toBe('/index.md');
  });
});

describe('docSections', () => {
  const sidebars: Record<string, SidebarItemLike[]> = {
    main: [
      {type: 'doc', id: 'intro'},
      {
        type: 'category',
        label: 'Guides',
        link: {type: 'doc', id: 'guides/index'},
        items: [
          {type: 'doc', id: 'guides/b'},
          {type: 'category', label: 'Nested', items: [{type: 'doc', id: 'guides/c'}]},
          {type: 'link'},
          {type: 'doc', id: 'guides/hidden'},
        ],
      },
    ],
    other: [{type: 'doc', id: 'guides/b'}],
  };
  const docs = [
    doc('guides/c'),
    doc('orphan'),
    doc('guides/b'),
    doc('guides/hidden', true),
    doc('intro'),
    doc('guides/index'),
  ];

  it('lists docs in sidebar order, a category’s own page first, each doc once', () => {
    const sections = docSections(sidebars, docs);
    expect(sections.map((s) => [s.title, s.docs.map((d) => d.id)])).toEqual([
      ['Docs', ['intro']],
      ['Guides', ['guides/index', 'guides/b', 'guides/c']],
      ['Other pages', ['orphan']],
    ]);
  });
});

describe('renderLlmsTxt', () => {
  const site = {name: 'Acme docs', summary: 'Tokens,\n  explained.', details: 'Details here.'};

  it('writes the llmstxt.org layout: H1, blockquote, details, H2 sections of links', () => {
    const sections = [
      {
        title: 'Guides',
        docs: [{...doc('a'), markdownUrl: 'https://x.test/base/a.md', title: 'A [beta]'}],
      },
    ];
    const text = renderLlmsTxt(site, sections, [
      {title: 'Home', url: 'https://x.test/base/', description: ''},
    ]);
    expect(text).toBe(
      [
        '# Acme docs',
        '',
        '> Tokens, explained.',
        '',
        'Details here.',
        '',
        '## Guides',
        '',
        '- [A \\[beta\\]](https://x.test/base/a.md): About a.',
        '',
        '## Optional',
        '',
        '- [Home](https://x.test/base/)',
        '',
      ].join('\n'),
    );
  });

  it('heads each page with its title and URL, and separates pages in the full text', () => {
    const a = renderPageMarkdown('A', 'https://x.test/base/a/', 'Body A.');
    expect(a).toBe('# A\n\nSource: https://x.test/base/a/\n\nBody A.\n');
    const full = renderLlmsFullTxt(site, 'Intro.', [a, renderPageMarkdown('B', 'u', 'Body B.')]);
    expect(full).toBe(
      '# Acme docs\n\n> Tokens, explained.\n\nIntro.\n\n---\n\n' +
        '# A\n\nSource: https://x.test/base/a/\n\nBody A.\n\n---\n\n# B\n\nSource: u\n\nBody B.\n',
    );
  });
});
