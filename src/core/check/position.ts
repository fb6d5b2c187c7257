// Offsets to 1-based lines and columns, with the line starts found once per text (thousands of findings per file).

/** A place in a file: 1-based line and column (columns count UTF-16 characters, as editors and SARIF do). */
export interface Position {
  line: number;
  column: number;
}

/** Turns offsets of one text into positions, and lines into the position of their first non-blank character. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** How many lines the text has. */
  get lines(): number {
    return this.starts.length;
  }

  /**
   * The position of an offset.
   * @example new LineIndex('a\nbc').at(3) // { line: 2, column: 2 }
   */
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The offset where a 1-based line starts (the end of the text past the last line). */
  start(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /**
   * Line `line` at its first non-blank character (column 1 for a blank line); a line past the end is the last one.
   * @example new LineIndex('a\n  b').line(2) // { line: 2, column: 3 }
   */
  line(line: number): Position {
    const n = Math.min(Math.max(1, line), this.starts.length);
    const start = this.starts[n - 1]!;
    const end = n < this.starts.length ? this.starts[n]! - 1 : this.text.length;
    const indent = /^[ \t]*/.exec(this.text.slice(start, end))![0].length;
    return { line: n, column: start + indent < end ? indent + 1 : 1 };
  }
}
