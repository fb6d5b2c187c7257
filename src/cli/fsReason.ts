// The words for file system errors the user can fix when a command writes its output (script --all --out,
// export --out), so each becomes one line with a usage exit, never a stack.

const WHY: Readonly<Record<string, string>> = {
  EEXIST: 'a file is in the way',
  ENAMETOOLONG: 'the path is too long',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'a directory of the path does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/**
 * Why a write failed, in words and with its code; rethrows anything that is not a file system error (a bug,
 * which main reports as an internal error).
 * @example fsReason(Object.assign(new Error(), { code: 'EISDIR' })) // 'it is a directory (EISDIR)'
 */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !Object.hasOwn(WHY, code)) throw e;
  return `${WHY[code]} (${code})`;
}
