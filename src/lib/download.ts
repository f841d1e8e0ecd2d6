/**
 * Hands a file to the browser's downloads (a temporary link to a Blob, clicked once). The
 * object URL is released a moment later, once the download has started.
 */
export function downloadFile(filename: string, data: string | Uint8Array, mimeType: string): void {
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
