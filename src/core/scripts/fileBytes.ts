// The bytes a generated script is saved as: one place for the CLI (`script --all --out`), the browser Download
// and the Download-all zip, so every way a script leaves Floatplan has the same encoding.

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The bytes of a script file: UTF-8, and for `.ps1` a UTF-8 byte-order mark first. The Windows scripts are
 * pure ASCII already (psQuote, asciiText), which every code page reads alike; the BOM also makes Windows
 * PowerShell 5.1 read the file as UTF-8 should someone later edit a non-ASCII character into it. `.cmd` gets
 * no BOM (cmd.exe would run it as part of the first command) and `.sh` none (the `#!` must come first).
 * Throws when a Windows script is not pure ASCII: that is a generator bug, never a user's name.
 * @example scriptFileBytes('VM1.windows-powershell.ps1', 'x').length // 4
 */
export function scriptFileBytes(fileName: string, text: string): Uint8Array {
  const data = scriptFileData(fileName, text);
  return typeof data === 'string' ? ENCODER.encode(data) : data;
}

/**
 * What to write for a script file: its bytes (a Windows script, after the checks and BOM of scriptFileBytes), or the
 * text itself where those bytes are its plain UTF-8, for a writer that encodes as it writes (Node's writeFileSync: the
 * CLI's `script --all` writes 2,000 shell scripts, ~55 MB, without a UTF-8 copy of each in JavaScript first).
 * @example typeof scriptFileData('VM2.ubuntu.sh', 'x') // 'string'
 */
export function scriptFileData(fileName: string, text: string): string | Uint8Array {
  const ps1 = /\.ps1$/i.test(fileName);
  if (!ps1 && !/\.cmd$/i.test(fileName)) return text;
  return asciiBytes(fileName, text, ps1);
}

// Pure ASCII is one byte per UTF-16 unit and anything else more, so only pure ASCII fits whole in text.length bytes.
// Encoding straight after the BOM spares a scan and a copy of each file (4,000 files in `script --all`).
function asciiBytes(fileName: string, text: string, bom: boolean): Uint8Array {
  const start = bom ? BOM.length : 0;
  const out = new Uint8Array(start + text.length);
  out.set(BOM.slice(0, start));
  const { read } = ENCODER.encodeInto(text, out.subarray(start));
  if (read !== text.length) throw new Error(`${fileName} is not pure ASCII; Windows could read it in another code page`);
  return out;
}

/**
 * A script file's bytes in pieces, for a writer that writes many files with one tail (`script --all`): the head's
 * bytes (with the BOM of a `.ps1`), then the tail's, encoded once per tail string and kept for the files after it.
 * The pieces together are scriptFileBytes(fileName, head + tail), and a Windows script's tail is checked as its
 * whole text is.
 * @example scriptFileChunks('VM2.ubuntu.sh', { head: 'a', tail: 'b' }).length // 2
 */
export function scriptFileChunks(fileName: string, parts: { head: string; tail: string }): Uint8Array[] {
  const head = scriptFileData(fileName, parts.head);
  const windows = typeof head !== 'string';
  const key = windows ? 'ascii' : 'utf8';
  let byKind = tails.get(parts.tail);
  if (!byKind) {
    // A tail string is shared by the files of a pool: its hash, so this lookup, is computed once.
    if (tails.size >= TAILS_KEPT) tails.clear();
    tails.set(parts.tail, (byKind = {}));
  }
  let tail = byKind[key];
  if (tail === undefined) {
    // A Windows script's tail is checked as its whole text is, with no BOM (that is the head's).
    tail = byKind[key] = windows ? asciiBytes(fileName, parts.tail, false) : ENCODER.encode(parts.tail);
  }
  return [typeof head === 'string' ? ENCODER.encode(head) : head, tail];
}

const tails = new Map<string, { ascii?: Uint8Array; utf8?: Uint8Array }>();
const TAILS_KEPT = 64;

const ENCODER = new TextEncoder();
