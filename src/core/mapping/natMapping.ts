import type { ListenOn } from '../model/holder';
import { indexTopology, resolveMember, type IpConfig, type TopologyIndex } from '../model/resolve';
import { FRONTEND_FIELDS, GUEST_FIELDS, pickFields, type Delivery } from './mapping';
import type { IpAddress } from '../net/address';
import type { Frontend, InboundNatRule, LbTopology } from '../topology/schema';

/**
 * What the target IP configuration of one inbound NAT rule receives. A NAT rule with protocol All and ports 0/0
 * forwards every port and protocol of its frontend to its one target, as HA ports do for a pool (destinationPort 0).
 */
export interface NatMappingRow extends Delivery {
  natRule: string;
  /** Where the listen address lives in the guest: the NIC, or a loopback interface the guest OS must configure. */
  listenOn: Extract<ListenOn, 'nic' | 'loopback'>;
  /** Internal: the NAT rule object. */
  natRuleRef: InboundNatRule;
}

/**
 * One row per inbound NAT rule whose frontend has a valid address and whose target resolves for that
 * address's family (a bare VM name is its primary ipconfig, as in a pool). Floating IP off: the target's
 * NIC IP and the backend port, on the NIC. On: the frontend IP and the backend port, on the loopback.
 * @example mapNatRules(t)[0] // { natRule: 'rdp-vm1', destinationIp: '10.0.0.4', destinationPort: 3389, listenOn: 'nic', ... }
 */
export function mapNatRules(topology: LbTopology, index: TopologyIndex = indexTopology(topology)): NatMappingRow[] {
  const rows: NatMappingRow[] = [];
  for (const nat of topology.inboundNatRules ?? []) {
    const frontend = index.frontends.get(nat.frontend);
    const frontendIp = index.frontendIps.get(nat.frontend);
    if (!frontend || !frontendIp || nat.target === undefined) continue;
    const config = resolveMember(index, nat.target, frontendIp.family);
    // Unknown VMs, addresses and families are reported by validation; they simply receive nothing here.
    if ('kind' in config) continue;
    rows.push(natRow(nat, frontend, frontendIp, config));
  }
  return rows;
}

/** The row of one inbound NAT rule and its resolved target (shared with the app's rebuild of a worker's answer). */
export function natRow(nat: InboundNatRule, frontend: Frontend, frontendIp: IpAddress, config: IpConfig): NatMappingRow {
  const destinationIp = nat.floatingIp ? frontendIp.text : config.ip.text;
  return {
    natRule: nat.name,
    frontend: frontend.name,
    frontendIp: frontendIp.text,
    protocol: nat.protocol,
    frontendPort: nat.frontendPort,
    vm: config.vm.name,
    memberIp: config.ip.text,
    destinationIp,
    destinationPort: nat.backendPort,
    floatingIp: nat.floatingIp,
    listenIp: destinationIp,
    listenOn: nat.floatingIp ? 'loopback' : 'nic',
    config,
    natRuleRef: nat,
  };
}

/** A NAT mapping row with only the public fields, as the CLI and file exports print it. */
export function publicNatRow(row: NatMappingRow) {
  return pickFields(row, ['natRule', ...FRONTEND_FIELDS, ...GUEST_FIELDS]);
}
