// @vitest-environment jsdom
import {act, fireEvent, render, waitFor} from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import RequestSnippets from '@site/src/components/RequestSnippets';
import RotationScript from '@site/src/components/RequestSnippets/RotationScript';
import {loadedCodeBlock} from '@site/src/theme/CodeBlock/loaded';
import {requestSnippets} from '@site/src/tokens/snippets';
import {requests} from '../../support/snippet-requests';
import StubCodeBlock from '../stubs/CodeBlock';

const push = requests.push([{client_id: 116078, table_name: 'customers', data: {id: 1}}]);

describe('RequestSnippets', () => {
  // First: nothing has loaded a code block, and the reader has not interacted yet.
  it('shows plain code until the reader interacts, then the highlighted code block', async () => {
    const {container} = render(<RequestSnippets request={push} title="Push records" />);
    expect(container.querySelector('[data-stub="highlighted"]')).toBeNull();
    const plain = [...container.querySelectorAll('pre code')].map((c) => c.textContent);
    expect(plain).toEqual(requestSnippets(push).map((s) => s.code));

    act(() => {
      fireEvent.scroll(window);
    });
    await waitFor(() =>
      expect(container.querySelectorAll('[data-stub="highlighted"]')).toHaveLength(4),
    );
    const blocks = [...container.querySelectorAll('[data-stub="highlighted"]')];
    expect(blocks.map((b) => b.getAttribute('data-language'))).toEqual([
      'bash',
      'python',
      'javascript',
      'go',
    ]);
    expect(blocks.map((b) => b.getAttribute('title'))).toEqual(Array(4).fill('Push records'));
  });

  it('puts every snippet in one tab group, persisted and linkable as ?lang=', () => {
    const {container} = render(<RequestSnippets request={push} />);
    const tabs = container.querySelector('[data-stub="tabs"]')!;
    expect(tabs.getAttribute('data-group-id')).toBe('language');
    expect(tabs.getAttribute('data-query-string')).toBe('lang');
    expect(tabs.getAttribute('data-lazy')).toBe('true');
    const items = [...container.querySelectorAll('section')];
    expect(items.map((i) => [i.getAttribute('data-value'), i.getAttribute('aria-label')])).toEqual([
      ['curl', 'curl'],
      ['python', 'Python'],
      ['javascript', 'JavaScript'],
      ['go', 'Go'],
    ]);
  });

  it('highlights at once when a code block is already loaded on the page', () => {
    loadedCodeBlock.current = StubCodeBlock;
    try {
      const {container} = render(<RequestSnippets request={requests.listSources()} />);
      expect(container.querySelectorAll('[data-stub="highlighted"]')).toHaveLength(4);
    } finally {
      loadedCodeBlock.current = null;
    }
  });
});

describe('RotationScript', () => {
  const file = (name: string) =>
    fs.readFileSync(path.join(__dirname, '../../../static/rotation', name), 'utf8');

  it('shows each file as it is, in every language at once, in the site-wide group', () => {
    const {container} = render(<RotationScript />);
    const tabs = container.querySelector('[data-stub="tabs"]')!;
    expect(tabs.getAttribute('data-group-id')).toBe('language');
    expect(tabs.getAttribute('data-query-string')).toBe('lang');
    // Every language in the page's HTML, not only the chosen one.
    expect(tabs.getAttribute('data-lazy')).toBe('false');
    const items = [...container.querySelectorAll('section')];
    expect(items.map((i) => i.getAttribute('data-value'))).toEqual(['python', 'javascript', 'go']);
    const names = ['rotate_token.py', 'rotate-token.mjs', 'rotate_token.go'];
    expect(items.map((i) => i.querySelector('pre')!.textContent)).toEqual(names.map(file));
    expect(items.map((i) => i.querySelector('[data-code-title]')!.textContent)).toEqual(names);
    expect(items.map((i) => i.querySelector('a[download]')!.getAttribute('href'))).toEqual(
      names.map((n) => `/base/rotation/${n}`),
    );
  });

  it('shows the first lines until the reader expands the script, and can fold it again', () => {
    const {container} = render(<RotationScript />);
    const item = container.querySelector('section')!;
    const button = item.querySelector('button')!;
    const code = item.querySelector(`#${CSS.escape(button.getAttribute('aria-controls')!)}`)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toMatch(/^Show the whole script \(\d+ lines\)$/);
    expect(code.className).not.toBe('');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(code.className).toBe('');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
