/**
 * Writes text to the clipboard when the browser allows it. Never throws: a refusal
 * (no permission, insecure context, no API) is reported so the UI can offer the field.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
