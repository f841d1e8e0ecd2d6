/**
 * The browser edge of the educators' tools: copying text to the clipboard, reporting failure
 * as a sentence instead of throwing (saving a file is src/lib/download.ts).
 */
/** Copies text; returns a sentence saying what happened. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied to the clipboard.`;
  } catch {
    return `Your browser did not allow copying: select the ${what.toLowerCase()} and copy it yourself.`;
  }
}
