import { describe, expect, it } from 'vitest';
import { allow, withNsg } from '../core/nsg/nsgCodeCases.testing';
import { rule, topology } from '../core/testing/builders';
import { traceFlow } from '../core/trace/trace';
import { runCli } from './runCli.testing';

// Issue 15: the trace says what the VM's NSG must allow; with floating IP that is the frontend IP, not the NIC IP.
const floating = topology({ rules: [rule('r1', { floatingIp: true })] });
const nicOnly = withNsg([allow('web', 200, 'Internet', ['10.0.0.4', '10.0.0.5'])], { rules: [rule('r1', { floatingIp: true })] });

describe('floatplan trace: the NSG line', () => {
  it('floating IP: the NSG must allow the frontend IP and port; the probe goes to the NIC IP', () => {
    const { code, out } = runCli(['trace', 'f.json', '--rule', 'r1', '--vm', 'VM1'], { 'f.json': JSON.stringify(floating) });
    expect(code).toBe(0);
    expect(out).toMatch(
      /^NSG: Tcp Internet → 203\.0\.113\.1:80 \(planned allow-rule-r1, priority 100\)\. .*the frontend IP, not the NIC IP/m,
    );
    expect(out).toMatch(/^NSG for probe p80: Tcp AzureLoadBalancer → 10\.0\.0\.4:80 \(planned allow-probe-p80, priority 110\)\./m);
  });

  it('floating IP off: the NIC IP', () => {
    const { out } = runCli(['trace', 'o.json', '--rule', 'r1', '--vm', 'VM2'], { 'o.json': JSON.stringify(topology()) });
    expect(out).toMatch(/^NSG: Tcp Internet → 10\.0\.0\.5:80 /m);
  });

  it("a user's NSG that blocks: the hop fails, the line names the rule, --json carries the core's nsg object", () => {
    const files = { 'n.json': JSON.stringify(nicOnly) };
    const { out } = runCli(['trace', 'n.json', '--rule', 'r1', '--vm', 'VM1'], files);
    expect(out).toMatch(/lb-to-vm .*FAILS: blocked-by-nsg/);
    expect(out).toContain('The NSG web-nsg rule DenyAllInBound (priority 65500) denies it.');
    const json = JSON.parse(runCli(['trace', 'n.json', '--rule', 'r1', '--vm', 'VM1', '--json'], files).out);
    const core = traceFlow(nicOnly, { rule: 'r1', vm: 'VM1' });
    expect(core.ok && json.nsg).toEqual(core.ok && core.trace.nsg);
    expect(json.nsg.flow).toMatchObject({ destination: '203.0.113.1', check: { outcome: 'blocked', rule: 'DenyAllInBound' } });
    expect(json.hops[1].failure).toMatchObject({
      outcome: 'blocked-by-nsg',
      nsg: { nsg: 'web-nsg', rule: 'DenyAllInBound', priority: 65500 },
    });
    expect(json.hops[2].notReached).toBe(true);
  });

  it('speaks Japanese with --lang ja', () => {
    const { out } = runCli(['trace', 'f.json', '--rule', 'r1', '--vm', 'VM1', '--lang', 'ja'], { 'f.json': JSON.stringify(floating) });
    expect(out).toMatch(/^NSG: Tcp Internet → 203\.0\.113\.1:80 .*フロントエンド IP です/m);
  });
});
