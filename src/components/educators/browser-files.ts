/**
 * Copies text to the clipboard (the browser edge of the educators' tools; saving a file is
 * src/lib/download.ts). Returns a sentence saying what happened, never throws.
 */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied to the clipboard.`;
  } catch {
    return `Your browser did not allow copying: select the ${what.toLowerCase()} and copy it yourself.`;
  }
}
