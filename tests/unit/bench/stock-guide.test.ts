import {describe, expect, it} from 'vitest';
import {configureStock, stockGuide} from '@site/scripts/bench/sites';

const opts = {siteUrl: 'https://acme.example.com', baseUrl: '/acme/docs/'};

describe('stockGuide', () => {
  it('makes our guide’s Markdown version a CommonMark doc, without its source line', () => {
    const md = '# Tokens\n\nSource: https://acme.example.com/acme/docs/t/\n\nUse {two} <tokens>.\n';
    expect(stockGuide(md)).toBe('---\nformat: md\n---\n\n# Tokens\n\nUse {two} <tokens>.\n');
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
