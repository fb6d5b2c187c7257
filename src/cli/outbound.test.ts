import { describe, expect, it } from 'vitest';
import { rule, topology } from '../core/testing/builders';
import { internalOnly, outboundRule } from '../core/validation/outboundCodeCases.testing';
import { runCli } from './runCli.testing';

// An internal Standard load balancer with a floating rule: the VMs have no outbound path (issue 15).
const internal = JSON.stringify(internalOnly({ rules: [rule('r1', { floatingIp: true })] }));
// A public Standard load balancer whose outbound rule on FE2 gives the pool its outbound path.
const withRule = JSON.stringify(
  topology({ rules: [rule('r1', { floatingIp: true, disableOutboundSnat: true })], outboundRules: [outboundRule('egress', ['FE2'])] }),
);

describe('floatplan trace: the outbound path', () => {
  it('never says "works" behind an internal Standard load balancer; says there is no path and the fix', () => {
    const { code, out } = runCli(['trace', 'i.json', '--rule', 'r1', '--vm', 'VM1'], { 'i.json': internal });
    expect(code).toBe(0);
    expect(out).not.toMatch(/works/);
    expect(out).toContain('Outbound from the frontend IP 10.0.1.10: fails.');
    expect(out).toMatch(/Outbound path: none from 10\.0\.0\.4\. VM1 has no outbound path to the internet: .*Fix: associate a NAT gateway/);
  });

  it('names the outbound rule and the address the internet sees, in text and --json', () => {
    const files = { 'p.json': withRule };
    const { out } = runCli(['trace', 'p.json', '--rule', 'r1', '--vm', 'VM2'], files);
    expect(out).toContain('Outbound path: outbound-rule from 10.0.0.5 as 203.0.113.2 (rule egress, All).');
    const json = JSON.parse(runCli(['trace', 'p.json', '--rule', 'r1', '--vm', 'VM2', '--json'], files).out);
    expect(json.egress).toMatchObject({ vm: 'VM2', kind: 'outbound-rule', nicIp: '10.0.0.5', publicIp: '203.0.113.2', via: 'egress' });
    expect(json.egress.message).toMatch(/through outbound rule egress/);
    expect(json.egress.text).toBeUndefined();
  });

  it('speaks Japanese with --lang ja', () => {
    const { out } = runCli(['trace', 'i.json', '--rule', 'r1', '--vm', 'VM1', '--lang', 'ja'], { 'i.json': internal });
    expect(out).toMatch(/Outbound path: none from 10\.0\.0\.4\. VM1 にはインターネットへの送信経路がありません/);
  });
});

describe('floatplan map: the outbound table', () => {
  it('prints one row per VM and says which have no path', () => {
    const { out } = runCli(['map', 'i.json'], { 'i.json': internal });
    expect(out).toMatch(/^VM\s+Outbound\s+From\s+Internet sees\s+Via$/m);
    expect(out).toMatch(/^VM1\s+none\s+10\.0\.0\.4\s+-\s+-$/m);
    expect(out).toContain('(VM1, VM2: no outbound path to the internet; run validate for the fix)');
  });

  it('--json has each path with its English reason', () => {
    const json = JSON.parse(runCli(['map', 'p.json', '--json'], { 'p.json': withRule }).out);
    expect(json.outbound.map((p: { kind: string; publicIp: string }) => [p.kind, p.publicIp])).toEqual([
      ['outbound-rule', '203.0.113.2'],
      ['outbound-rule', '203.0.113.2'],
    ]);
    expect(json.outbound[0].message).toMatch(/^VM1 reaches the internet as 203\.0\.113\.2/);
  });
});
