/**
 * The MIME type a script is downloaded as.
 * @example scriptMimeType('VM2.ubuntu.sh') // 'text/x-shellscript'
 */
export function scriptMimeType(fileName: string): string {
  return fileName.endsWith('.sh') ? 'text/x-shellscript' : 'text/plain';
}
