// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CopyPageMarkdown from '@site/src/components/CopyPageMarkdown';

/*
 * The button's behaviour with the network and the clipboard faked: jsdom has neither.
 * (The real thing, in Chromium, is in tests/e2e/llms.spec.ts.)
 */

const MD_URL = '/acme/docs/guides/tokens.md';
let clipboardText: string | undefined;

function serve(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

beforeEach(() => {
  clipboardText = undefined;
  // jsdom has no ClipboardItem: the component takes the writeText path here.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: vi.fn(async (text: string) => {
        clipboardText = text;
      }),
    },
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CopyPageMarkdown', () => {
  it('shows a button and a link to the Markdown, with an empty status region', () => {
    render(<CopyPageMarkdown markdownUrl={MD_URL} />);
    expect(screen.getByRole('button', {name: 'Copy page as Markdown'})).toBeVisible();
    expect(screen.getByRole('link', {name: 'View as Markdown'})).toHaveAttribute('href', MD_URL);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copies the fetched Markdown and says so', async () => {
    serve(new Response('# Tokens\n\nBody.', {status: 200}));
    render(<CopyPageMarkdown markdownUrl={MD_URL} />);
    await userEvent.click(screen.getByRole('button', {name: 'Copy page as Markdown'}));
    expect(await screen.findByText('Copied the page as Markdown.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Copied the page as Markdown.');
    expect(fetch).toHaveBeenCalledWith(MD_URL);
    expect(clipboardText).toBe('# Tokens\n\nBody.');
  });

  it('says it could not copy, with a link to the Markdown, when the file is missing', async () => {
    serve(new Response('Not found', {status: 404}));
    render(<CopyPageMarkdown markdownUrl={MD_URL} />);
    await userEvent.click(screen.getByRole('button', {name: 'Copy page as Markdown'}));
    const status = screen.getByRole('status');
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
    expect(status.querySelector('a')).toHaveAttribute('href', MD_URL);
    expect(clipboardText).toBeUndefined();
  });

  it('says it could not copy when the clipboard refuses', async () => {
    serve(new Response('# Tokens', {status: 200}));
    vi.mocked(navigator.clipboard.writeText).mockRejectedValueOnce(new Error('NotAllowedError'));
    render(<CopyPageMarkdown markdownUrl={MD_URL} />);
    await userEvent.click(screen.getByRole('button', {name: 'Copy page as Markdown'}));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});
