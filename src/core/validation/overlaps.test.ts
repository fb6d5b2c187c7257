import { describe, expect, it } from 'vitest';
import { collisionSets, distinctSets } from './overlaps';

interface Item {
  name: string;
  lane: string;
  port: number;
  kind?: number;
  owner?: string;
}
const shape = (collides = (_a: number, _b: number) => true) => ({
  lanes: (i: Item) => [i.lane],
  port: (i: Item) => i.port,
  kind: (i: Item) => i.kind ?? 0,
  collides,
  owner: (i: Item) => i.owner ?? i.name,
});
const namesOf = (sets: Item[][]) =>
  sets
    .map((s) =>
      s
        .map((i) => i.name)
        .sort()
        .join(' '),
    )
    .sort();

describe('collisionSets', () => {
  it('puts every item of one lane and port in one set, and keeps lanes and ports apart', () => {
    const items = [
      { name: 'a', lane: 'x', port: 80 },
      { name: 'b', lane: 'x', port: 80 },
      { name: 'c', lane: 'x', port: 80 },
      { name: 'd', lane: 'x', port: 81 },
      { name: 'e', lane: 'y', port: 80 },
    ];
    expect(namesOf(collisionSets(items, shape()))).toEqual(['a b c']);
  });

  it('joins a port-0 item with every port of its lane, so ports that do not meet each other share its set', () => {
    const items = [
      { name: 'w', lane: 'x', port: 0 },
      { name: 'a', lane: 'x', port: 80 },
      { name: 'b', lane: 'x', port: 443 },
    ];
    expect(namesOf(collisionSets(items, shape()))).toEqual(['a b w']);
  });

  it('keeps kinds that do not collide apart unless a third kind links them', () => {
    const apart = (a: number, b: number) => !((a === 1 && b === 2) || (a === 2 && b === 1));
    const items = [
      { name: 'h1', lane: 'x', port: 0, kind: 1 },
      { name: 'h2', lane: 'x', port: 0, kind: 1 },
      { name: 'p1', lane: 'x', port: 80, kind: 2 },
      { name: 'p2', lane: 'x', port: 80, kind: 2 },
    ];
    expect(namesOf(collisionSets(items, shape(apart)))).toEqual(['h1 h2', 'p1 p2']);
    expect(namesOf(collisionSets([...items, { name: 'd', lane: 'x', port: 80, kind: 0 }], shape(apart)))).toEqual(['d h1 h2 p1 p2']);
  });

  it('never lets an owner collide with itself', () => {
    const items = [
      { name: 'a', lane: 'x', port: 80, owner: 'r' },
      { name: 'b', lane: 'x', port: 80, owner: 'r' },
    ];
    expect(collisionSets(items, shape())).toEqual([]);
  });

  it('does 10,000 items on one port as one set', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ name: `r${i}`, lane: 'x', port: 80 }));
    const sets = collisionSets(items, shape());
    expect(sets.map((s) => s.length)).toEqual([10_000]);
  });
});

describe('distinctSets', () => {
  it('keeps one copy of a set found in several lanes, its members in order', () => {
    const ids = { a: 0, b: 1, c: 2 } as Record<string, number>;
    const sets = distinctSets(
      [
        ['b', 'a'],
        ['a', 'b'],
        ['c', 'a'],
      ],
      (x, y) => (x < y ? -1 : 1),
      (x) => ids[x]!,
    );
    expect(sets).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });
});
