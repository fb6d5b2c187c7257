/**
 * `rowOf`, or its mirror image, whichever puts each column closer to the order of its ids (the topology's tables), so
 * FIP1 sits above FIP2 and VM1 above VM2. dagre lays an LR graph out mirrored (the last of a rank on top); mirroring every
 * column keeps every wire crossing as it was, so only the reading order changes.
 * @example likeTables([['vm:VM1', 'vm:VM2']], (id) => (id === 'vm:VM1' ? 10 : -90))('vm:VM1') // -10
 */
export function likeTables(columns: readonly (readonly string[])[], rowOf: (id: string) => number): (id: string) => number {
  // The covariance of list position and row, summed over the columns: negative means mostly upside down.
  let agreement = 0;
  for (const ids of columns) {
    if (ids.length < 2) continue;
    const rows = ids.map(rowOf);
    const meanRow = rows.reduce((a, b) => a + b, 0) / rows.length;
    const meanIndex = (ids.length - 1) / 2;
    rows.forEach((row, i) => (agreement += (i - meanIndex) * (row - meanRow)));
  }
  return agreement < 0 ? (id) => -rowOf(id) : rowOf;
}
