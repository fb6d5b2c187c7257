import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validDesigns } from '../core/validation/acrossCodeCases.testing';
import type { Io } from './io';
import { traceCommand, type TraceArgs } from './trace';

const CROSS = 'public/examples/cross-region.json';
const chained = JSON.stringify(validDesigns['a Gateway chain from a public frontend']);

function trace(file: string, args: Partial<TraceArgs>) {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: () => {}, readFile: (p) => (p === 'chained.json' ? chained : readFileSync(p, 'utf8')) };
  const code = traceCommand(io, file, { json: false, ...args });
  return { code, out: out.join('\n') };
}

describe('trace follows tiers and chains (traceTopology)', () => {
  it('a Global rule: the client → Global frontend hop, then the regional load balancer to the VM', () => {
    const { code, out } = trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-east-1', client: '198.51.100.10:50000' });
    expect(code).toBe(0);
    expect(out).toContain('from Global load balancer lb-global rule https through lb-east');
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.includes('client-to-global'));
    const next = lines.findIndex((l) => l.includes('client-to-lb'));
    expect(first).toBeGreaterThan(0);
    expect(next).toBe(first + 1);
    expect(lines[first]).toContain('lb-global');
    expect(lines[next]).toContain('lb-east');
  });

  it('a Global rule in JSON: the chain, where it goes, and the load balancer that delivers', () => {
    const { out } = trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-west-2', json: true });
    const json = JSON.parse(out);
    expect(json.deliveredBy).toBe('lb-west');
    expect(json.chainAt).toBe(0);
    expect(json.chain.map((h: { stage: string; loadBalancer: string }) => [h.stage, h.loadBalancer])).toEqual([
      ['client-to-global', 'lb-global'],
    ]);
    expect(json.global).toMatchObject({ loadBalancer: 'lb-global', rule: 'https' });
  });

  it('a chained frontend: consumer frontend → Gateway → appliance and back, before the rule delivers to the VM', () => {
    const { out } = trace('chained.json', { lb: 'pub', rule: 'r1', vm: 'VM1' });
    expect(out).toContain('through Gateway load balancer gwlb, appliance NVA1');
    const stages = out
      .split('\n')
      .map((l) => /\b(client-to-lb|frontend-to-gateway|gateway-to-appliance|appliance-to-gateway|lb-to-vm)\b/.exec(l)?.[1])
      .filter(Boolean);
    expect(stages.slice(0, 5)).toEqual(['client-to-lb', 'frontend-to-gateway', 'gateway-to-appliance', 'appliance-to-gateway', 'lb-to-vm']);
    expect(out).toContain('VXLAN external tunnel, outer destination 10.0.2.4');
    const json = JSON.parse(trace('chained.json', { lb: 'pub', rule: 'r1', vm: 'VM1', json: true }).out);
    expect(json.gateway).toEqual({ loadBalancer: 'gwlb', frontend: 'FE1', appliance: 'NVA1' });
  });

  it('a trace of one load balancer prints no chain column and no chain JSON', () => {
    const { out } = trace(CROSS, { lb: 'lb-east', rule: 'https', vm: 'web-east-1' });
    expect(out).not.toContain('Load balancer');
    expect(JSON.parse(trace(CROSS, { lb: 'lb-east', rule: 'https', vm: 'web-east-1', json: true }).out).chain).toBeUndefined();
  });
});
