import { describe, expect, it } from 'vitest';
import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { loadTopology } from '../../core/topology/load';
import { serializeTopology, topologyFilename } from './serialize';

describe('serializeTopology', () => {
  it('writes pretty JSON that loads back to the same topology', () => {
    const text = serializeTopology(EMPTY_TOPOLOGY);
    expect(text).toMatch(/^\{\n {2}"version": 2,\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(loadTopology(text)).toEqual({ ok: true, topology: EMPTY_TOPOLOGY });
  });
});

describe('topologyFilename', () => {
  it.each([
    ['Two frontends with floating IP (rule type 2)', 'two-frontends-with-floating-ip-rule-type-2.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['Café: “prod” / east', 'cafe-prod-east.json'],
    ['   ', 'topology.json'],
    ['***', 'topology.json'],
    ['v1.2 web', 'v1.2-web.json'],
  ])('%j becomes %j', (name, file) => {
    expect(topologyFilename(name)).toBe(file);
  });

  it('caps the length without a trailing dash', () => {
    const file = topologyFilename(`${'a'.repeat(59)} b`);
    expect(file).toBe(`${'a'.repeat(59)}.json`);
  });
});
