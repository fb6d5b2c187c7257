// Browser helpers shared by several features (features may not import each other; they may import src/lib).

/** Offers a Blob as a file download through a temporary object URL. */
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

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  saveBlob(fileName, new Blob([text], { type }));
}
