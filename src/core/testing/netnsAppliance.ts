// Test-only: forwarding appliances (NVAs) behind an internal HA-ports frontend, in the probe-driven lab.
// client (198.51.100.10) --UDR: 203.0.113.0/25 via <frontend>--> azure --> healthy NVA (forwards) --> azure --> server
// server (203.0.113.50) --UDR: 198.51.100.0/24 via <frontend>--> azure --> the same NVA (symmetric hash) --> client
// Azure keeps the packet's original destination for traffic that a UDR sends to an internal HA-ports frontend
// (Learn: load-balancer-ha-ports-overview; Architecture Center "Deploy highly available NVAs").
import { spawnSync } from 'node:child_process';
import { CLIENT_IP } from './docAddresses';
import { ProbedLab } from './netnsProbe';

export const SERVER_IP = '203.0.113.50';
export const SERVER_PREFIX = '203.0.113.0/25';
const SERVER_GATEWAY = '203.0.113.1';
const CLIENT_PREFIX = '198.51.100.0/24';

export class ApplianceLab extends ProbedLab {
  readonly server = `${this.id}-srv`;

  /** Builds the lab, a server namespace behind the "azure" router, and a UDR on each side naming `frontendIp`. */
  override build(): this {
    super.build();
    const { azure: az, client: c, server: s } = this;
    const fe = this.topology.frontends[0]!.ip;
    this.extraNamespaces.push(s);
    this.bash(
      [
        'set -e',
        `ip netns add ${s}`,
        `ip -n ${s} link set lo up`,
        ...this.linkToAzure(s, 'toserver', SERVER_IP, SERVER_GATEWAY, 25),
        // The frontend IP is an address of Azure's fabric: local to "azure", so it answers ARP for it on both links.
        `ip -n ${az} addr add ${fe}/32 dev lo`,
        // The UDRs: next hop = the frontend IP (onlink: Azure's next hop need not be in the sender's subnet).
        `ip -n ${c} route add ${SERVER_PREFIX} via ${fe} dev eth0 onlink`,
        `ip -n ${s} route add ${CLIENT_PREFIX} via ${fe} dev eth0 onlink`,
      ].join('\n'),
    );
    this.routeThroughAppliances([
      { prefix: SERVER_PREFIX, frontendIp: fe },
      { prefix: CLIENT_PREFIX, frontendIp: fe },
    ]);
    return this;
  }

  /**
   * Records, in an appliance's namespace, the client ports of the flows it forwarded toward the server (`out`) and
   * back toward the client (`back`), so a test can tell per flow which appliance carried each direction.
   */
  traceForwarding(vm: string): { out(): number[]; back(): number[] } {
    const ns = this.ns(vm);
    const t = 'floatplan_forwarded';
    const text = [
      `table ip ${t} {`,
      '  set out { type inet_service; flags dynamic; }',
      '  set back { type inet_service; flags dynamic; }',
      '  chain forwarded {',
      '    type filter hook forward priority filter - 10; policy accept;',
      `    ip saddr ${CLIENT_IP} ip daddr ${SERVER_IP} add @out { tcp sport }`,
      `    ip saddr ${SERVER_IP} ip daddr ${CLIENT_IP} add @back { tcp dport }`,
      '  }',
      '}',
      '',
    ].join('\n');
    const res = spawnSync('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], { input: text, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`lab: forwarding trace in ${vm}: ${res.stderr}`);
    const read = (set: string) => () => {
      const out = spawnSync('ip', ['netns', 'exec', ns, 'nft', 'list', 'set', 'ip', t, set], { encoding: 'utf8' }).stdout;
      const elements = /elements = \{([^}]*)\}/.exec(out)?.[1] ?? '';
      return elements
        .split(',')
        .map((e) => Number(e.trim()))
        .filter((n) => n > 0)
        .sort((a, b) => a - b);
    };
    return { out: read('out'), back: read('back') };
  }
}
