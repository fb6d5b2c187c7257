import { describe, expect, it } from 'vitest';
import { isUnresolved, type Resolved } from '../resolved';
import { DEFAULT_SCOPE, type ExpressionContext } from './context';
import { evaluateString } from './evaluator';

const ctx: ExpressionContext = {
  scope: DEFAULT_SCOPE,
  parameter: () => null,
  variable: () => null,
  copyIndex: () => 0,
  reference: () => null,
};
const ev = (text: string): Resolved => evaluateString(text, ctx, 'p');

// Expected values are the examples of Microsoft's template-functions-cidr page.
describe('CIDR functions', () => {
  it('parseCidr for IPv4 and IPv6', () => {
    expect(ev("[parseCidr('10.144.0.0/20')]")).toEqual({
      network: '10.144.0.0',
      netmask: '255.255.240.0',
      broadcast: '10.144.15.255',
      firstUsable: '10.144.0.1',
      lastUsable: '10.144.15.254',
      cidr: 20,
    });
    expect(ev("[parseCidr('fdad:3236:5555::/48')]")).toEqual({
      network: 'fdad:3236:5555::',
      netmask: 'ffff:ffff:ffff::',
      firstUsable: 'fdad:3236:5555::',
      lastUsable: 'fdad:3236:5555:ffff:ffff:ffff:ffff:ffff',
      cidr: 48,
    });
  });

  it('cidrSubnet splits a range', () => {
    expect([0, 1, 4].map((i) => ev(`[cidrSubnet('10.144.0.0/20', 24, ${i})]`))).toEqual([
      '10.144.0.0/24',
      '10.144.1.0/24',
      '10.144.4.0/24',
    ]);
    expect([0, 1, 4].map((i) => ev(`[cidrSubnet('fdad:3236:5555::/48', 52, ${i})]`))).toEqual([
      'fdad:3236:5555::/52',
      'fdad:3236:5555:1000::/52',
      'fdad:3236:5555:4000::/52',
    ]);
    const v = ev("[cidrSubnet('10.144.0.0/20', 24, 16)]");
    expect(isUnresolved(v) && v.reason).toBe('cidrSubnet() index 16 is outside the 16 /24 subnets of 10.144.0.0/20');
  });

  it('cidrHost counts usable addresses from network + 1', () => {
    expect(ev("[cidrHost('10.144.3.0/24', 0)]")).toBe('10.144.3.1');
    expect(ev("[cidrHost('10.144.3.0/24', 4)]")).toBe('10.144.3.5');
    expect(ev("[cidrHost('fdad:3236:5555:3000::/52', 4)]")).toBe('fdad:3236:5555:3000::5');
    const v = ev("[cidrHost('10.0.0.0/30', 2)]");
    expect(isUnresolved(v) && v.reason).toBe('cidrHost() index 2 is outside the 2 usable addresses of 10.0.0.0/30');
    const bad = ev("[cidrHost('10.0.0.0', 0)]");
    expect(isUnresolved(bad) && bad.reason).toContain('CIDR notation');
  });
});
