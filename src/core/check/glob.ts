// Path globs of the configuration's "ignore": `*` within a name, `**` across directories, `?` one character.

const escape = (c: string) => c.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/**
 * A glob as a regular expression over `/`-separated relative paths; a glob matching a directory matches what is in it.
 * @example globRegExp('generated/**').test('generated/a/main.tf') // true
 */
export function globRegExp(glob: string): RegExp {
  // `dir/**` is the directory and what is in it, as `dir` is.
  const g = glob
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .replace(/(^|\/)\*\*$/, '');
  if (g === '') return /^/;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      // `**/` is any number of directories (none included); a trailing `**` is anything.
      if (g[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escape(c);
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

/**
 * True when `path` (relative to the configuration's directory, `/`-separated) matches one of the globs.
 * @example isIgnored('generated/x.tf', ['generated/**']) // true
 */
export function isIgnored(path: string, globs: readonly string[]): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.some((g) => globRegExp(g).test(p));
}
