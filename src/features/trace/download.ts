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

/** The theme the page shows now (src/app keeps <html data-theme> resolved to light or dark). */
export function pageTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
