import { describe, expect, it } from 'vitest';
import { planNsg } from '../core/nsg/plan';
import { allow, withNsg } from '../core/nsg/nsgCodeCases.testing';
import { rule } from '../core/testing/builders';
import { presetTopology } from '../core/testing/presets';
import { runCli } from './runCli.testing';

const floating = withNsg([allow('web-to-nics', 200, 'Internet', ['10.0.0.0/24'])], { rules: [rule('r1', { floatingIp: true })] });
const files = { 't.json': JSON.stringify(floating) };

describe('floatplan nsg', () => {
  it('prints the planned rules, the rules per VM and the NSG that blocks the floating rule', () => {
    const { code, out } = runCli(['nsg', 't.json'], files);
    expect(code).toBe(0);
    expect(out).toContain('NSG lb-nsg: inbound rules to add, on the NICs of VM1, VM2');
    expect(out).toMatch(/100\s+allow-rule-r1\s+Internet\s+203\.0\.113\.1\s+80\s+Tcp\s+rule r1 \(floating IP: frontend IP\)/);
    expect(out).toMatch(/110\s+allow-probe-p80\s+AzureLoadBalancer\s+10\.0\.0\.4, 10\.0\.0\.5\s+80\s+Tcp\s+probe p80/);
    expect(out).toMatch(/VM1\s+allow-rule-r1, allow-probe-p80/);
    expect(out).toContain('warning NsgBlocksLoadBalancerTraffic: Load-balancing rule r1 cannot reach VM1 and VM2');
  });

  it('--json prints exactly the core plan and the findings', () => {
    const { code, out } = runCli(['nsg', 't.json', '--json', '--source', '198.51.100.0/24'], files);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.nsg).toEqual(planNsg(floating, { source: '198.51.100.0/24' }));
    expect(parsed.perVm).toEqual({ VM1: ['allow-rule-r1', 'allow-probe-p80'], VM2: ['allow-rule-r1', 'allow-probe-p80'] });
    expect(parsed.findings.map((f: { code: string }) => f.code)).toEqual(['NsgBlocksLoadBalancerTraffic']);
  });

  it('says the NSGs let the traffic through when they do, and refuses a bad --source (exit 2)', () => {
    const open = withNsg([allow('web', 200, 'Internet', ['203.0.113.1'])], { rules: [rule('r1', { floatingIp: true })] });
    expect(runCli(['nsg', 'o.json'], { 'o.json': JSON.stringify(open) }).out).toContain('Your NSGs (web-nsg) let this traffic through.');
    const bad = runCli(['nsg', 't.json', '--source', 'everyone'], files);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--source "everyone" is not an IP address or CIDR range');
    expect(runCli(['nsg', 'missing.json']).code).toBe(2);
  });

  it('--lb of a regional load balancer allows the global frontend IP of a Global rule with floating IP', () => {
    const cross = presetTopology('cross-region');
    const on = {
      ...cross,
      loadBalancers: cross.loadBalancers.map((lb, i) => (i ? lb : { ...lb, rules: lb.rules.map((r) => ({ ...r, floatingIp: true })) })),
    };
    const { code, out } = runCli(['nsg', 'c.json', '--lb', 'lb-east'], { 'c.json': JSON.stringify(on) });
    expect(code).toBe(0);
    expect(out).toMatch(
      /110\s+allow-global-lb-global-https\s+Internet\s+203\.0\.113\.50\s+443\s+Tcp\s+rule lb-global\/https \(floating IP: frontend IP\)/,
    );
    expect(out).toMatch(/web-east-1\s+allow-rule-https, allow-global-lb-global-https, allow-probe-https/);
    expect(runCli(['nsg', 'c.json', '--lb', 'lb-east'], { 'c.json': JSON.stringify(cross) }).out).not.toContain('203.0.113.50');
  });

  it('export writes the NSG by default (and with the old --nsg); --no-nsg leaves it out', () => {
    const byDefault = runCli(['export', 't.json', '--format', 'terraform'], files);
    expect(byDefault.code).toBe(0);
    expect(byDefault.out).toContain('resource "azurerm_network_security_group" "nsg"');
    expect(runCli(['export', 't.json', '--format', 'terraform', '--nsg'], files).out).toBe(byDefault.out);
    expect(runCli(['export', 't.json', '--format', 'terraform', '--no-nsg'], files).out).not.toContain('azurerm_network_security_group');
  });
});
