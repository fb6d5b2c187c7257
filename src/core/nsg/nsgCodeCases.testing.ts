// Test-only: the bad/good pairs of the NSG diagnostics, spread into validation/codeCases.testing.ts.
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import { rule, topology } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import type { NsgRule } from '../topology/nsgSchema';

/** An inbound Allow rule from `source` to `destinations` on TCP `ports`. */
export function allow(name: string, priority: number, source: string, destinations: string[], ports = ['80']): NsgRule {
  return {
    name,
    priority,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefixes: [source],
    destinationAddressPrefixes: destinations,
    destinationPortRanges: ports,
  };
}

/** The test topology (public, VM1 10.0.0.4 and VM2 10.0.0.5, frontend FE1 203.0.113.1) with one NSG on both NICs. */
export function withNsg(rules: NsgRule[], over: Partial<LbTopology> = {}): LbTopology {
  return topology({
    networkSecurityGroups: [
      {
        name: 'web-nsg',
        rules,
        attachedTo: [
          { vm: 'VM1', level: 'nic' },
          { vm: 'VM2', level: 'nic' },
        ],
      },
    ],
    ...over,
  });
}

type NsgCode = Extract<DiagnosticCode, 'NsgBlocksLoadBalancerTraffic' | 'NsgBlocksHealthProbe'>;

const floating = { rules: [rule('r1', { floatingIp: true })] };
const denyProbe: NsgRule = { ...allow('deny-lb', 100, 'AzureLoadBalancer', ['*'], ['*']), access: 'Deny', protocol: '*' };

/** NSG codes: a topology that must raise each and a minimal change that must not. */
export const nsgCases: Record<NsgCode, { bad: LbTopology; good: LbTopology }> = {
  // Floating IP: the NSG sees the frontend IP, so a rule for the NIC IPs leaves the traffic to DenyAllInBound.
  NsgBlocksLoadBalancerTraffic: {
    bad: withNsg([allow('web', 200, 'Internet', ['10.0.0.4', '10.0.0.5'])], floating),
    good: withNsg([allow('web', 200, 'Internet', ['203.0.113.1'])], floating),
  },
  NsgBlocksHealthProbe: {
    bad: withNsg([denyProbe, allow('web', 200, 'Internet', ['10.0.0.0/24'])]),
    good: withNsg([allow('web', 200, 'Internet', ['10.0.0.0/24'])]),
  },
};
