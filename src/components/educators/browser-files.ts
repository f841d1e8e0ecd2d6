/**
 * The browser edge of the educators' tools: saving a file to the downloads folder and copying
 * text to the clipboard. Both report failure as a sentence instead of throwing.
 */
export function saveFile(filename: string, data: string | Uint8Array, mimeType: string): void {
  const part: BlobPart = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; returns a sentence saying what happened. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied to the clipboard.`;
  } catch {
    return `Your browser did not allow copying: select the ${what.toLowerCase()} and copy it yourself.`;
  }
}
