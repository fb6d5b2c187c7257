import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceTopology, type DesignTrace } from '../../core/trace/designTrace';
import { loadTopology } from '../../core/topology/load';
import type { Topology } from '../../core/topology/schema';
import { analyzeTopology } from '../../core/validation/analyzeTopology';
import { validDesigns } from '../../core/validation/acrossCodeCases.testing';
import { globalRows, traceSteps } from './steps';

const loaded = loadTopology(JSON.parse(readFileSync('public/examples/cross-region.json', 'utf8')));
const cross = loaded.ok ? loaded.topology : (undefined as never as Topology);
const chained = validDesigns['a Gateway chain from a public frontend']!;
const ok = (r: { ok: true; trace: DesignTrace } | { ok: false; error: string }): DesignTrace => {
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};

describe('the Trace tab over tiers and chains (cross-region preset, Gateway chain)', () => {
  it('offers the Global rule for every VM its regional frontends deliver to', () => {
    const rows = globalRows(cross, 'lb-global', analyzeTopology(cross));
    expect(rows.map((r) => `${r.rule}/${r.vm}`)).toEqual(['https/web-west-1', 'https/web-west-2', 'https/web-east-1', 'https/web-east-2']);
  });

  it('a Global rule: the client → Global frontend step first, labelled lb-global, then the regional hops', () => {
    const trace = ok(traceTopology(cross, { loadBalancer: 'lb-global', rule: 'https', vm: 'web-east-2' }));
    const steps = traceSteps(trace);
    expect(steps.map((s) => [s.stage, s.loadBalancer])).toEqual([
      ['client-to-global', 'lb-global'],
      ['client-to-lb', 'lb-east'],
      ['lb-to-vm', 'lb-east'],
      ['vm-reply', 'lb-east'],
      ['reply-at-client', 'lb-east'],
    ]);
    expect(steps[0]!.hop.packet.dstIp).toBe(trace.global!.frontendIp);
    expect(steps[0]!.hop.note).toContain('lb-global');
    expect(steps.slice(1).map((s) => s.hop)).toEqual(trace.hops);
  });

  it('a chained frontend: consumer frontend → Gateway → appliance (VXLAN) → back, then the rule to the VM', () => {
    const trace = ok(traceTopology(chained, { loadBalancer: 'pub', rule: 'r1', vm: 'VM1' }));
    const steps = traceSteps(trace);
    expect(steps.map((s) => [s.stage, s.loadBalancer, s.tunnel?.type])).toEqual([
      ['client-to-lb', 'pub', undefined],
      ['frontend-to-gateway', 'pub', undefined],
      ['gateway-to-appliance', 'gwlb', 'external'],
      ['appliance-to-gateway', 'gwlb', 'internal'],
      ['lb-to-vm', 'pub', undefined],
      ['vm-reply', 'pub', undefined],
      ['reply-at-client', 'pub', undefined],
    ]);
    expect(steps.slice(1, 4).every((s) => s.hopIndex === 0 && s.hop.changed.length === 0)).toBe(true);
  });

  it('a load balancer without a chain: its own hops, nothing added', () => {
    const trace = ok(traceTopology(cross, { loadBalancer: 'lb-west', rule: 'https', vm: 'web-west-1' }));
    expect(traceSteps(trace).map((s) => s.hop)).toEqual(trace.hops);
  });
});
