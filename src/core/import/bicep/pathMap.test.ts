import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { itext } from '../text';
import { PathMap } from './pathMap';

// PathMap only reads a node's start row.
const at = (row: number) => ({ startPosition: { row, column: 0 } }) as unknown as Node;

describe('PathMap', () => {
  const map = new PathMap();
  map.record({ arm: 'resources[2]', bicep: 'lb' }, at(9));
  map.record({ arm: 'resources[2].properties.probes[0]', bicep: 'lb.properties.probes[0]' }, at(40));
  map.record({ arm: "resources[2].tags['hidden-title']", bicep: "lb.tags['hidden-title']" }, at(12));
  map.record({ arm: 'parameters.port', bicep: 'param port' }, at(0));
  map.expression("[add(parameters('port'), 1)]", 'port + 1');

  it('finds the nearest recorded ancestor and keeps the rest of the path', () => {
    expect(map.locate('resources[2].properties.probes[0].properties.port')).toBe('lb.properties.probes[0].properties.port (line 41)');
    expect(map.locate('resources[2].sku.name')).toBe('lb.sku.name (line 10)');
    expect(map.locate("resources[2].tags['hidden-title']")).toBe("lb.tags['hidden-title'] (line 13)");
    expect(map.locate('resources[7].name')).toBeUndefined();
  });

  it('rewrites a diagnostic: path with line, message paths without, ARM expressions as the Bicep text', () => {
    const d = map.translate({
      severity: 'warning',
      code: 'ImportUnresolved',
      text: itext('word.verbatim', {
        text: "resources[2].properties.probes[0].properties.port: [add(parameters('port'), 1)] could not be evaluated; see parameters.port.",
      }),
      path: 'resources[2].properties.probes[0].properties.port',
    });
    expect(d).toEqual({
      severity: 'warning',
      code: 'ImportUnresolved',
      text: itext('word.verbatim', { text: 'lb.properties.probes[0].properties.port: port + 1 could not be evaluated; see param port.' }),
      path: 'lb.properties.probes[0].properties.port (line 41)',
    });
  });

  it('leaves what it does not know as it is', () => {
    const d = {
      severity: 'info' as const,
      code: 'ImportIgnored' as const,
      text: itext('word.verbatim', { text: 'outputs.x is not used' }),
      path: 'outputs.x',
    };
    expect(map.translate(d)).toEqual(d);
  });
});
