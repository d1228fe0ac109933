/**
 * Fetches a page's Markdown version and puts it on the clipboard; rejects when either step
 * fails (not served, offline, clipboard refused), so the button can say so.
 *
 * The clipboard write starts within the click, with the text still on its way: Safari
 * refuses a write that begins after an `await` (the click's user activation is gone by
 * then). Browsers without `ClipboardItem` get the plain write once the text is in.
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
