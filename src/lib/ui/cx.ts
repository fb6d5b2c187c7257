/** Joins class names, skipping empty and false ones: cx('a', on && 'b', undefined) is 'a b' or 'a'. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
