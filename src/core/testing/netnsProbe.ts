// Test-only: a namespace lab whose emulated Azure sends new flows only to members whose health probe answers,
// as Azure Load Balancer does (Learn: load-balancer-custom-probe-overview; probes come from 168.63.129.16, here
// PROBE_SOURCE). Probing is driven by the test (`probeOnce()`), never by a timer, so every step is deterministic.
//
// Data path in the "azure" namespace, rewritten atomically after each probe round:
// - floating rules and appliance (UDR) traffic: the packet keeps its destination; nftables sets a firewall mark
//   chosen by `symhash` over the healthy members, and one policy-routing table per member sends the mark to that
//   member's NIC. symhash is symmetric, so a reply hashes like its request: the flow symmetry Azure gives HA ports;
// - non-floating rules: DNAT to a healthy member's NIC IP and backend port (nftables numgen, as the static lab);
// - a rule with no healthy member drops new flows (Azure's default `AllProbedDown`).
import { spawnSync } from 'node:child_process';
import { analyze } from '../validation/analyze';
import type { MappingRow } from '../mapping/mapping';
import { PROBE_SOURCE } from './docAddresses';
import { Lab } from './netns';

/** Traffic to `prefix` that a UDR sends to `frontendIp` as next hop (an appliance pool's frontend). */
export interface UdrRoute {
  prefix: string;
  frontendIp: string;
}

interface LbRule {
  name: string;
  frontendIp: string;
  protocol: string;
  frontendPort: number;
  backendPort: number;
  floatingIp: boolean;
  haPorts: boolean;
  appliance: boolean;
  /** Member NIC IP -> VM name. */
  members: Map<string, string>;
  probe?: { protocol: string; port: number };
}

const TABLE = 'floatplan_lb';

export class ProbedLab extends Lab {
  /** Healthy member NIC IPs per rule after the last probe round (none before the first). */
  private readonly healthy = new Map<string, string[]>();
  private readonly marks = new Map<string, number>();
  private udr: UdrRoute[] = [];

  /** No static emulation: the probe-driven ruleset below replaces the base lab's ECMP routes and DNAT. */
  protected override azureRoutes(): string[] {
    return [];
  }

  override nftRuleset(): string {
    return '';
  }

  override build(): this {
    super.build();
    const az = this.azure;
    const members = [...new Set(this.lbRows().map((r) => r.memberIp))];
    const sh = ['set -e', `ip -n ${az} addr add ${PROBE_SOURCE}/32 dev lo`];
    members.forEach((ip, i) => {
      const mark = 0x10 + i;
      this.marks.set(ip, mark);
      // One table per member: a marked packet leaves for that member's NIC whatever its destination.
      sh.push(
        `ip -n ${az} route add default via ${ip} dev br0 onlink table ${100 + i}`,
        `ip -n ${az} rule add fwmark ${mark} table ${100 + i}`,
      );
    });
    this.bash(sh.join('\n'));
    this.apply();
    return this;
  }

  /** Declares the UDRs of appliance pools: traffic to each prefix goes to a healthy appliance of that frontend's rule. */
  routeThroughAppliances(routes: UdrRoute[]): this {
    this.udr = routes;
    this.apply();
    return this;
  }

  /**
   * One probe round: a TCP connect from PROBE_SOURCE to every member's probe port (answered = SYN-ACK, as Azure's
   * TCP probe), then the data path is rewritten to the healthy members. Returns the healthy VM names per rule.
   */
  probeOnce(): Record<string, string[]> {
    const rules = this.rules();
    const targets = [...new Set(rules.flatMap((r) => (r.probe ? [...r.members.keys()].map((ip) => `${ip}:${r.probe!.port}`) : [])))];
    const answers = targets.length ? this.runProber(targets) : [];
    const up = new Set(targets.filter((_, i) => answers[i]));
    const result: Record<string, string[]> = {};
    for (const r of rules) {
      // A rule without a probe: every member counts as healthy (nothing tells the emulation otherwise).
      const ok = [...r.members.keys()].filter((ip) => !r.probe || up.has(`${ip}:${r.probe.port}`));
      this.healthy.set(r.name, ok);
      result[r.name] = ok.map((ip) => r.members.get(ip)!).sort();
    }
    this.apply();
    return result;
  }

  /** The nftables text of the current data path (for failure messages). */
  ruleset(): string {
    return spawnSync('ip', ['netns', 'exec', this.azure, 'nft', 'list', 'table', 'ip', TABLE], { encoding: 'utf8' }).stdout;
  }

  private lbRows(): readonly MappingRow[] {
    return analyze(this.topology).rows;
  }

  private rules(): LbRule[] {
    const byName = new Map<string, LbRule>();
    for (const row of this.lbRows()) {
      let r = byName.get(row.rule);
      if (!r) {
        const probeName = row.ruleRef.probe;
        const probe = probeName ? this.topology.probes.find((p) => p.name === probeName) : undefined;
        if (probe && probe.protocol !== 'Tcp') throw new Error(`lab: only TCP probes are emulated, ${probe.name} is ${probe.protocol}`);
        r = {
          name: row.rule,
          frontendIp: row.frontendIp,
          protocol: row.ruleRef.protocol,
          frontendPort: row.ruleRef.frontendPort,
          backendPort: row.ruleRef.backendPort,
          floatingIp: row.floatingIp,
          haPorts: row.haPorts,
          appliance: row.frontendIpHolder === 'appliance',
          members: new Map(),
          probe,
        };
        byName.set(row.rule, r);
      }
      r.members.set(row.memberIp, row.vm);
    }
    return [...byName.values()];
  }

  private apply(): void {
    const pre: string[] = [];
    const nat: string[] = [];
    for (const r of this.rules()) {
      const ok = this.healthy.get(r.name) ?? [];
      const port = r.haPorts || r.protocol === 'All' ? '' : ` ${r.protocol.toLowerCase()} dport ${r.frontendPort}`;
      // Appliances: Azure matches the flow by the UDR that named the frontend as next hop; the destination stays.
      const prefixes = this.udr.filter((u) => u.frontendIp === r.frontendIp).map((u) => u.prefix);
      const matches = r.appliance
        ? prefixes.length
          ? [`ip daddr { ${prefixes.join(', ')} }${port}`]
          : []
        : [`ip daddr ${r.frontendIp}${port}`];
      for (const m of matches) {
        if (!ok.length) {
          pre.push(`${m} drop`);
        } else if (r.appliance || r.floatingIp) {
          const marks = ok.map((ip) => this.marks.get(ip)!);
          pre.push(
            `${m} meta mark set ${marks.length === 1 ? marks[0] : `symhash mod ${marks.length} map { ${marks.map((k, i) => `${i} : ${k}`).join(', ')} }`} return`,
          );
        } else {
          const to = ok.length === 1 ? ok[0]! : `numgen inc mod ${ok.length} map { ${ok.map((ip, i) => `${i} : ${ip}`).join(', ')} }`;
          nat.push(r.protocol === 'All' ? `${m} dnat to ${to}` : `${m} dnat to ${to} : ${r.backendPort}`);
        }
      }
    }
    const text = [
      // Declaring then deleting makes the replacement one atomic transaction even on the first call.
      `table ip ${TABLE}`,
      `delete table ip ${TABLE}`,
      `table ip ${TABLE} {`,
      '  chain pre {',
      '    type filter hook prerouting priority mangle; policy accept;',
      // Packets a backend sends (DSR replies, an appliance's forwarded traffic) are past the load balancer.
      '    iifname "br0" return',
      ...pre.map((l) => `    ${l}`),
      '  }',
      '  chain nat {',
      '    type nat hook prerouting priority dstnat; policy accept;',
      ...nat.map((l) => `    ${l}`),
      '  }',
      '}',
      '',
    ].join('\n');
    const res = spawnSync('ip', ['netns', 'exec', this.azure, 'nft', '-f', '-'], { input: text, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`lab: nft refused the data path: ${res.stderr}\n${text}`);
  }

  private runProber(targets: string[]): boolean[] {
    const r = spawnSync('ip', ['netns', 'exec', this.azure, process.execPath, '-e', PROBER, JSON.stringify(targets), PROBE_SOURCE], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    if (r.status !== 0) throw new Error(`lab: prober failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as boolean[];
  }
}

/** Counts the TCP connections (SYNs) that reach `ip:port` in a namespace: proof of which node a flow reached. */
export function countArrivals(ns: string, ip: string, port: number): { read(): number } {
  const table = 'floatplan_arrivals';
  const text = [
    `table ip ${table} {`,
    '  counter syns {}',
    '  chain pre {',
    '    type filter hook prerouting priority raw; policy accept;',
    `    ip daddr ${ip} tcp dport ${port} tcp flags & (syn | ack) == syn counter name "syns"`,
    '  }',
    '}',
    '',
  ].join('\n');
  const res = spawnSync('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], { input: text, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`lab: arrival counter: ${res.stderr}`);
  return {
    read() {
      const out = spawnSync('ip', ['netns', 'exec', ns, 'nft', 'list', 'counter', 'ip', table, 'syns'], { encoding: 'utf8' }).stdout;
      const m = /packets (\d+)/.exec(out);
      if (!m) throw new Error(`lab: no counter in ${ns}: ${out}`);
      return Number(m[1]);
    },
  };
}

// A TCP probe: connected (SYN-ACK received) = healthy; refused, unreachable or silent for 1.5 s = unhealthy.
const PROBER = `
const net = require('node:net');
const targets = JSON.parse(process.argv[1]), src = process.argv[2];
Promise.all(targets.map((t) => new Promise((resolve) => {
  const i = t.lastIndexOf(':');
  const s = net.connect({ host: t.slice(0, i), port: Number(t.slice(i + 1)), localAddress: src });
  const timer = setTimeout(() => { s.destroy(); resolve(false); }, 1500);
  s.on('connect', () => { clearTimeout(timer); s.destroy(); resolve(true); });
  s.on('error', () => { clearTimeout(timer); resolve(false); });
}))).then((r) => process.stdout.write(JSON.stringify(r)));`;
