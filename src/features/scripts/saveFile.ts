import { scriptFileBytes } from '../../core/scripts/fileBytes';

/**
 * The MIME type a script is downloaded as.
 * @example scriptMimeType('VM2.ubuntu.sh') // 'text/x-shellscript'
 */
export function scriptMimeType(fileName: string): string {
  return fileName.endsWith('.sh') ? 'text/x-shellscript' : 'text/plain';
}

/** The Blob a script is downloaded as: the exact bytes the CLI writes (a `.ps1` with a UTF-8 byte-order mark). */
export function scriptBlob(fileName: string, text: string): Blob {
  // TS 5.9's Blob typing wants the ArrayBuffer-backed view spelled out.
  return new Blob([scriptFileBytes(fileName, text) as Uint8Array<ArrayBuffer>], { type: scriptMimeType(fileName) });
}
