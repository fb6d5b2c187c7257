// JSON paths of the importers (`resources[2].properties.loadBalancingRules[0]`) to places in the JSON text.
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { LineIndex, type Position } from './position';

const SEGMENT = /\.([^.[\]]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;

/**
 * The segments of a JSON path as the importers write it, or undefined for text that is not one.
 * @example jsonPathSegments("resources[2].properties['a.b']") // ['resources', 2, 'properties', 'a.b']
 */
export function jsonPathSegments(path: string): JSONPath | undefined {
  const out: JSONPath = [];
  const head = /^[A-Za-z_$][\w$-]*/.exec(path);
  let i = 0;
  if (head) {
    out.push(head[0]);
    i = head[0].length;
  }
  while (i < path.length) {
    SEGMENT.lastIndex = i;
    const m = SEGMENT.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push((m[3] ?? m[4]!).replace(/\\(.)/g, '$1'));
    i = SEGMENT.lastIndex;
  }
  return out;
}

/** Finds places of JSON paths in one JSON (or JSON with comments) text. */
export class JsonLocator {
  private readonly root: Node | undefined;
  private readonly index: LineIndex;

  constructor(text: string) {
    this.root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    this.index = new LineIndex(text);
  }

  /**
   * The place of the value at `path`, or of its nearest ancestor that the text has (a copy loop's element is not
   * in the text; its loop is); undefined when not even the first segment is there.
   * @example new JsonLocator(text).locate('resources[0].properties.probes[1]') // { line: 14, column: 11 }
   */
  locate(path: string): Position | undefined {
    if (!this.root) return undefined;
    const segments = jsonPathSegments(path);
    if (!segments) return undefined;
    for (let n = segments.length; n > 0; n--) {
      const node = findNodeAtLocation(this.root, segments.slice(0, n));
      if (node) return this.index.at(node.offset);
    }
    return undefined;
  }
}
