// Names for the files Floatplan writes or offers for download (scripts, exports, saved topologies, diagrams),
// from user names. One implementation for the CLI and the browser, so every file is safe on Windows, macOS and Linux.

/** The longest stem Floatplan writes; the suffixes (`.windows-powershell.doc-exact.rollback.ps1`) stay well under 255 bytes. */
export const MAX_FILE_STEM = 60;

// Device names Windows refuses as a file name, even with an extension (`con.txt`), in any case; ¹²³ count as digits.
// (CONIN$ and CONOUT$ cannot occur: `$` never survives the cleaning.)
const RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

/**
 * A file name stem from a user name: accents dropped, every other character but letters, digits, `.`, `_` and
 * `-` becomes `_` (one for one, so names stay recognisable), no leading dot or dash, no trailing dot or space, at most
 * {@link MAX_FILE_STEM} characters, never a Windows device name (`CON` → `CON_`), and `fallback` when nothing
 * of the name is left.
 * @example safeFileStem('Two frontends (type 2)') // 'Two_frontends__type_2_'
 */
export function safeFileStem(name: string, fallback = 'floatplan'): string {
  // A leading `-` would read as an option: `bash -VM2.ubuntu.sh`, `chmod +x -VM2.ubuntu.sh` (POSIX advises against it).
  return finish(clean(name).replace(/^\.+/, '_').replace(/^-/, '_'), fallback);
}

/**
 * A lower-case download name for a saved topology or an export: like {@link safeFileStem}, with runs of anything
 * but letters, digits, dots and dashes as one dash, and `fallback` (default `topology`) when nothing is left.
 * @example safeFileName('Two frontends (type 2)', 'json') // 'two-frontends-type-2.json'
 */
export function safeFileName(name: string, suffix: string, fallback = 'topology'): string {
  const cleaned = clean(name)
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-{2,}/g, '-');
  return `${finish(cleaned.replace(/[.-]+$/, ''), fallback)}.${suffix}`;
}

// Accents dropped (é → e), then one `_` for each character a file name may not safely hold.
function clean(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]/g, '_');
}

// The rules every stem ends with: the length cap, no trailing dot or dash at the cut (Windows drops trailing
// dots), something readable left, and no device name before the first dot.
function finish(stem: string, fallback: string): string {
  const cut = stem.length > MAX_FILE_STEM ? stem.slice(0, MAX_FILE_STEM).replace(/[.-]+$/, '') : stem.replace(/\.+$/, '');
  if (!/[A-Za-z0-9]/.test(cut)) return fallback;
  const dot = cut.indexOf('.');
  const first = dot < 0 ? cut : cut.slice(0, dot);
  return RESERVED.test(first) ? `${first}_${cut.slice(first.length)}` : cut;
}

/**
 * `name`, or `name` with `-2`, `-3`… after its stem when `used` (lower-cased names) already holds it; compared
 * case-insensitively, since Windows and macOS file systems would merge `VM1.sh` and `vm1.sh`.
 * @example uniqueFileName('a_b.ubuntu.sh', new Set(['a_b.ubuntu.sh'])) // 'a_b-2.ubuntu.sh'
 */
export function uniqueFileName(name: string, used: ReadonlySet<string>): string {
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.indexOf('.');
  const [stem, rest] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${rest}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
