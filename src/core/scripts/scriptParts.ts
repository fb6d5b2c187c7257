// A script as the part made for its VM and the part its pool's VMs share. `script --all` of the largest load balancer
// writes 4,000 scripts of ~28 KB whose lines after the opening (the data tables, the functions, the steps) are the
// same for every VM of a pool: joining them for each VM and encoding each result copied ~110 MB twice. A tail joined
// once is the same string for every VM that has it, and a writer encodes it once (fileBytes.ts, cli/script.ts).

/** A script's text in two parts: `head + tail` is the script. */
export interface ScriptParts {
  /** What is made for this VM: the header comments, its names and address. */
  head: string;
  /** The rest, the same string object for every script whose lines after the head are the same. */
  tail: string;
}

interface Joined {
  elements: readonly string[];
  text: string;
}

// Joined lists by their length and a few of their elements (a tail's first element is the VM's first data table,
// shared by its pool), then compared element by element: the elements of equal tails are mostly the same objects.
const joinedBy = new Map<string, Joined[]>();
let joinedCount = 0;
const LIMIT = 512;

/**
 * `elements.join(separator)`, the same string object as an earlier call's when the elements are equal: made once for
 * the VMs of a pool, so a writer can encode it once. The cache keeps the last few hundred lists.
 * @example sharedJoin(['a', 'b'], '\n') === sharedJoin(['a', 'b'], '\n') // true, one object
 */
export function sharedJoin(elements: readonly string[], separator: string): string {
  const n = elements.length;
  const key = `${separator}${n} ${elements[0]?.length} ${elements[n >> 1]?.length} ${elements[n - 1]?.length}`;
  const candidates = joinedBy.get(key);
  const found = candidates?.find((c) => sameElements(c.elements, elements));
  if (found) return found.text;
  const text = elements.join(separator);
  if (++joinedCount > LIMIT) {
    joinedBy.clear();
    joinedCount = 1;
  }
  const entry = { elements: [...elements], text };
  const list = joinedBy.get(key);
  if (list) list.push(entry);
  else joinedBy.set(key, [entry]);
  return text;
}

function sameElements(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
