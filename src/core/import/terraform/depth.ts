// HashiCorp's parser and the evaluator after it recurse once per level of brackets: a file that nests deeper
// than any configuration does is refused before they run, with the place, instead of exhausting the stack.

/**
 * The offset of the first `(`, `[`, `{` or `${` that opens level `max + 1`, or undefined. Strings (with their
 * `${…}` interpolations) and comments are followed, so brackets inside text do not count.
 * @example hclTooDeep('x = [[[1]]]', 2) // 6
 */
export function hclTooDeep(text: string, max: number): number | undefined {
  // One entry per open level: what closes it, and whether it is an interpolation inside a string.
  const stack: { close: string; interpolation: boolean }[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push({ close: '}', interpolation: true });
        if (stack.length > max) return i;
        inString = false;
        i++;
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      stack.push({ close: c === '(' ? ')' : c === '[' ? ']' : '}', interpolation: false });
      if (stack.length > max) return i;
    } else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      // The end of an interpolation goes back into its string.
      if (top?.interpolation) inString = true;
    }
  }
  return undefined;
}
