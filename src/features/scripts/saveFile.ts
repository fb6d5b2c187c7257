/** Offers a Blob as a download through a temporary object URL. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later nobody needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The MIME type a script is downloaded as.
 * @example scriptMimeType('VM2.ubuntu.sh') // 'text/x-shellscript'
 */
export function scriptMimeType(fileName: string): string {
  return fileName.endsWith('.sh') ? 'text/x-shellscript' : 'text/plain';
}
