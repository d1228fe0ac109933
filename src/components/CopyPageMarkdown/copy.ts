/**
 * Copies a page's Markdown, rejecting on failure; the write starts within the click (Safari
 * refuses one after an `await`), with a plain write where `ClipboardItem` is missing.
 */
export async function copyMarkdownFrom(url: string): Promise<void> {
  const text = fetch(url).then((response) =>
    response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`)),
  );
  const {clipboard} = navigator;
  if (typeof ClipboardItem !== 'function') return clipboard.writeText(await text);
  const blob = text.then((t) => new Blob([t], {type: 'text/plain'}));
  return clipboard.write([new ClipboardItem({'text/plain': blob})]);
}
