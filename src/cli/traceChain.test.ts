import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validDesigns } from '../core/validation/acrossCodeCases.testing';
import { UsageError, type Io } from './io';
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

  it('--regional picks the regional frontend (lb/frontend or a load balancer), with exact hop addresses', () => {
    const { out } = trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-west-1', regional: 'lb-west/web', client: '192.0.2.7:40000' });
    expect(out).toContain('from Global load balancer lb-global rule https through lb-west/web');
    const row = (stage: string) => out.split('\n').find((l) => l.includes(` ${stage} `))!;
    expect(row('client-to-global')).toMatch(/lb-global\s+client-to-global\s+192\.0\.2\.7:40000\s+203\.0\.113\.50:443/);
    expect(row('client-to-lb')).toMatch(/lb-west\s+client-to-lb\s+192\.0\.2\.7:40000\s+198\.51\.100\.10:443/);
    expect(row('lb-to-vm')).toMatch(/lb-west\s+lb-to-vm\s+192\.0\.2\.7:40000\s+10\.1\.0\.4:443/);
    const json = JSON.parse(trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-west-1', regional: 'lb-west', json: true }).out);
    expect(json.global.regionalFrontend).toBe('web');
  });

  it('an invalid --regional or --appliance is a usage error naming the valid ones', () => {
    expect(() => trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-east-1', regional: 'lb-west/web' })).toThrow(
      new UsageError(
        'Rule https of Global load balancer lb-global does not reach VM "web-east-1" through lb-west/web. It reaches it through: lb-east/web.',
      ),
    );
    expect(() => trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-east-1', regional: 'nope/x' })).toThrow(
      /has no regional frontend "nope\/x" in its pool regions\. Its regional frontends: lb-west\/web, lb-east\/web\./,
    );
    expect(() => trace(CROSS, { lb: 'lb-east', rule: 'https', vm: 'web-east-1', regional: 'lb-east/web' })).toThrow(
      /--regional lb-east\/web: only a Global load balancer's rule/,
    );
    expect(() => trace('chained.json', { lb: 'pub', rule: 'r1', vm: 'VM1', appliance: 'VM2' })).toThrow(
      new UsageError('Gateway load balancer gwlb has no appliance "VM2" in its pools. Its appliances: NVA1, NVA2.'),
    );
    expect(() => trace(CROSS, { lb: 'lb-east', rule: 'https', vm: 'web-east-1', appliance: 'NVA1' })).toThrow(
      /--appliance NVA1: the frontend of https is not chained to a Gateway load balancer/,
    );
  });

  it('--appliance picks the appliance; --svg draws the chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fp-chain-'));
    const svg = join(dir, 'gw.svg');
    const { out } = trace('chained.json', { lb: 'pub', rule: 'r1', vm: 'VM1', appliance: 'NVA2', svg });
    expect(out).toContain('through Gateway load balancer gwlb, appliance NVA2');
    expect(out).toContain('VXLAN external tunnel, outer destination 10.0.2.5');
    const drawn = readFileSync(svg, 'utf8');
    expect(drawn).toContain('>Appliance NVA2<');
    expect(drawn).toContain('VXLAN internal, outer dst');
    const global = join(dir, 'glb.svg');
    trace(CROSS, { lb: 'lb-global', rule: 'https', vm: 'web-east-1', svg: global });
    expect(readFileSync(global, 'utf8')).toContain('>Global load balancer<');
  });
});
