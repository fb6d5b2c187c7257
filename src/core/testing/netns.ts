// Test-only: a network-namespace lab. A client namespace, an "azure" namespace that routes floating
// frontends to the members unchanged (ECMP) and DNATs the others (nftables), and one namespace per VM,
// joined by veth pairs and a bridge created INSIDE the namespaces. Nothing touches the host's network.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../validation/analyze';
import type { LbTopology } from '../topology/schema';
import { CLIENT_GATEWAY, CLIENT_IP, VM_GATEWAY } from './docAddresses';

/** Why the lab cannot run here (not root, no `ip netns`, no `nft`), or undefined when it can. */
export function labUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  for (const [tool, args] of [
    ['ip', ['netns', 'list']],
    ['nft', ['--version']],
  ] as const) {
    if (spawnSync(tool, args).status !== 0) return `"${tool} ${args.join(' ')}" is not available (apt-get install iproute2 nftables)`;
  }
  return undefined;
}

let counter = 0;

/** A namespace lab for one (documentation-address) topology. Always call `destroy`, even after a failure. */
export class Lab {
  readonly client: string;
  readonly azure: string;
  readonly vms = new Map<string, string>();
  /** Namespaces a subclass adds (a server behind appliances, ...): `destroy` deletes them too. */
  protected readonly extraNamespaces: string[] = [];
  /** Unique per lab and run: every namespace name starts with it. */
  protected readonly id: string;
  private readonly children: ChildProcess[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'floatplan-lab-'));

  constructor(
    readonly topology: LbTopology,
    readonly haPort = 7000,
  ) {
    const id = `fp-${process.pid}-${++counter}`;
    this.id = id;
    this.client = `${id}-c`;
    this.azure = `${id}-az`;
    topology.vms.forEach((vm, i) => this.vms.set(vm.name, `${id}-v${i}`));
  }

  /** Creates the namespaces, links, addresses and the Azure emulation. */
  build(): this {
    const { client: c, azure: az } = this;
    const sh = [
      'set -e',
      `ip netns add ${c}`,
      `ip netns add ${az}`,
      ...[...this.vms.values()].map((v) => `ip netns add ${v}`),
      `ip -n ${c} link set lo up`,
      `ip -n ${az} link set lo up`,
      // veth pairs are created inside the client/VM namespace with the peer placed straight into "azure".
      ...this.linkToAzure(c, 'toclient', CLIENT_IP, CLIENT_GATEWAY, 24),
      `ip -n ${az} link add br0 type bridge`,
      `ip -n ${az} addr add ${VM_GATEWAY}/24 dev br0`,
      `ip -n ${az} link set br0 up`,
      `ip netns exec ${az} sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_policy=1`,
    ];
    this.topology.vms.forEach((vm, i) => {
      const v = this.vms.get(vm.name)!;
      sh.push(
        // No IPv6 duplicate address detection: link-local addresses are final at once, so before/after states compare.
        `ip netns exec ${v} sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0`,
        `ip -n ${v} link set lo up`,
        `ip -n ${v} link add eth0 type veth peer name vm${i} netns ${az}`,
        `ip -n ${az} link set vm${i} master br0`,
        `ip -n ${az} link set vm${i} up`,
        `ip -n ${v} addr add ${vm.nic.ip}/24 dev eth0`,
        `ip -n ${v} link set eth0 up`,
        `ip -n ${v} route add default via ${VM_GATEWAY}`,
      );
    });
    sh.push(...this.azureRoutes());
    this.bash(sh.join('\n'));
    const nft = this.nftRuleset();
    if (nft) execFileSync('ip', ['netns', 'exec', az, 'nft', '-f', '-'], { input: nft });
    return this;
  }

  /**
   * Shell lines that plug namespace `ns` into "azure": its eth0 at `address`, the peer `peer` in "azure" at `gateway`
   * (both in a /`bits` subnet), and a default route through it.
   */
  protected linkToAzure(ns: string, peer: string, address: string, gateway: string, bits: number): string[] {
    const az = this.azure;
    return [
      `ip -n ${ns} link add eth0 type veth peer name ${peer} netns ${az}`,
      `ip -n ${ns} addr add ${address}/${bits} dev eth0`,
      `ip -n ${ns} link set eth0 up`,
      `ip -n ${ns} route add default via ${gateway}`,
      `ip -n ${az} addr add ${gateway}/${bits} dev ${peer}`,
      `ip -n ${az} link set ${peer} up`,
    ];
  }

  /** Floating rules: the frontend IP is routed to the members' NIC IPs unchanged, ECMP across members. */
  protected azureRoutes(): string[] {
    const byFrontend = new Map<string, Set<string>>();
    for (const r of analyze(this.topology).rows) {
      if (!r.floatingIp) continue;
      const set = byFrontend.get(r.frontendIp) ?? new Set();
      set.add(r.memberIp);
      byFrontend.set(r.frontendIp, set);
    }
    return [...byFrontend].map(([fe, members]) => {
      const hops = [...members];
      return hops.length === 1
        ? `ip -n ${this.azure} route add ${fe}/32 via ${hops[0]}`
        : `ip -n ${this.azure} route add ${fe}/32 ${hops.map((h) => `nexthop via ${h}`).join(' ')}`;
    });
  }

  /** Non-floating rules: DNAT frontend IP:port to a member's NIC IP:backend port, round robin (nftables). */
  nftRuleset(): string {
    const runs = new Map<
      string,
      { members: string[]; rule: { protocol: string; frontendPort: number; backendPort: number }; fe: string }
    >();
    for (const r of analyze(this.topology).rows) {
      if (r.floatingIp) continue;
      const run = runs.get(r.rule) ?? { members: [], rule: r.ruleRef, fe: r.frontendIp };
      run.members.push(r.memberIp);
      runs.set(r.rule, run);
    }
    if (!runs.size) return '';
    const lines = [...runs.values()].flatMap(({ members, rule, fe }) => {
      const to =
        members.length === 1 ? members[0]! : `numgen inc mod ${members.length} map { ${members.map((m, i) => `${i} : ${m}`).join(', ')} }`;
      if (rule.protocol === 'All') return [`    ip daddr ${fe} dnat to ${to}`];
      const proto = rule.protocol.toLowerCase();
      return [`    ip daddr ${fe} ${proto} dport ${rule.frontendPort} dnat to ${to} : ${rule.backendPort}`];
    });
    return [
      'table ip floatplan_lab {',
      '  chain prerouting {',
      '    type nat hook prerouting priority dstnat; policy accept;',
      ...lines,
      '  }',
      '}',
      '',
    ].join('\n');
  }

  /** Runs a script file with bash (and `args`) inside a VM's namespace; returns its exit status and output. */
  runScript(vm: string, text: string, env: Record<string, string> = {}, args: string[] = []): { status: number; out: string } {
    const file = join(this.dir, `script-${++counter}.sh`);
    writeFileSync(file, text, { mode: 0o600 });
    const r = spawnSync('ip', ['netns', 'exec', this.ns(vm), 'bash', file, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 20_000,
    });
    return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  }

  /** The addresses and local routes of a VM namespace, to compare before and after. */
  state(vm: string): string {
    const ns = this.ns(vm);
    return ['addr', 'route show table local', '-6 route show table local']
      .map((a) => execFileSync('ip', ['-n', ns, ...a.split(' ')], { encoding: 'utf8' }))
      .join('\n');
  }

  /** `ip` in a VM namespace, e.g. `route get 192.0.2.11`. */
  ip(vm: string, args: string): string {
    return execFileSync('ip', ['-n', this.ns(vm), ...args.split(' ')], { encoding: 'utf8' });
  }

  /**
   * Starts one node process in `ns` serving every listener; resolves once all are bound (or rejects with the errors)
   * with a handle whose `stop` closes them, as stopping a service (or a cluster resource) would.
   */
  listen(ns: string, specs: ListenSpec[]): Promise<Listeners> {
    const child = spawn('ip', ['netns', 'exec', ns, process.execPath, '-e', LISTENER, JSON.stringify(specs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.push(child);
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`listeners in ${ns} not ready: ${out}`)), 10_000);
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('ready')) {
          clearTimeout(timer);
          resolve({ stop });
        }
        if (out.includes('error')) {
          clearTimeout(timer);
          reject(new Error(`listeners in ${ns}: ${out}`));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`listener process in ${ns} exited with ${code}: ${out}`));
      });
    });
  }

  /** Runs every probe from `ns` (default: the client namespace) in one node process; returns answers in order. */
  connect(probes: ProbeSpec[], ns = this.client): ProbeResult[] {
    const r = spawnSync('ip', ['netns', 'exec', ns, process.execPath, '-e', CLIENT, JSON.stringify(probes)], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (r.status !== 0) throw new Error(`client failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as ProbeResult[];
  }

  ns(vm: string): string {
    const ns = this.vms.get(vm);
    if (!ns) throw new Error(`lab: no VM ${vm}`);
    return ns;
  }

  /** Kills the lab's processes, deletes its namespaces and temporary files. Safe to call twice. */
  destroy(): void {
    for (const ch of this.children) if (ch.exitCode === null) ch.kill('SIGKILL');
    const all = [this.client, this.azure, ...this.vms.values()];
    // Anything still running inside our namespaces was started by this lab.
    for (const ns of [...all, ...this.extraNamespaces]) {
      const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout?.split(/\s+/).filter(Boolean) ?? [];
      for (const pid of pids)
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          /* already gone */
        }
      spawnSync('ip', ['netns', 'del', ns]);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  protected bash(script: string) {
    execFileSync('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

export interface Listeners {
  stop(): void;
}
export interface ListenSpec {
  proto: 'tcp' | 'udp';
  host: string;
  port: number;
  answer: string;
}
export interface ProbeSpec {
  proto: 'tcp' | 'udp';
  host: string;
  port: number;
  timeoutMs?: number;
}
/**
 * `from` is the source address the listener saw: the client's own when Azure's emulation preserved it; `to` (TCP) the
 * local address the connection arrived at: the original destination when nothing rewrote it.
 */
export type ProbeResult = { answer: string; from: string; to?: string } | { error: string };

const LISTENER = `
const net = require('node:net'), dgram = require('node:dgram');
const specs = JSON.parse(process.argv[1]);
let bound = 0;
const ok = () => { if (++bound === specs.length) console.log('ready'); };
if (!specs.length) console.log('ready');
for (const s of specs) {
  if (s.proto === 'tcp') {
    const srv = net.createServer((c) => { c.on('error', () => {}); c.end(s.answer + '\\n' + c.remoteAddress + '\\n' + c.localAddress + '\\n'); });
    srv.on('error', (e) => console.log('error ' + s.host + ':' + s.port + ' ' + e.code));
    srv.listen({ host: s.host, port: s.port }, ok);
  } else {
    const sock = dgram.createSocket('udp4');
    sock.on('error', (e) => console.log('error ' + s.host + ':' + s.port + ' ' + e.code));
    sock.on('message', (m, r) => sock.send(s.answer + '\\n' + r.address + '\\n', r.port, r.address));
    sock.bind(s.port, s.host, ok);
  }
}`;

const CLIENT = `
const net = require('node:net'), dgram = require('node:dgram');
const probes = JSON.parse(process.argv[1]);
const one = (p) => new Promise((resolve) => {
  const t = p.timeoutMs || 2000;
  if (p.proto === 'tcp') {
    let data = '';
    const s = net.connect({ host: p.host, port: p.port });
    const timer = setTimeout(() => { s.destroy(); resolve({ error: 'timeout' }); }, t);
    s.on('data', (d) => (data += d));
    s.on('end', () => { clearTimeout(timer); const [answer, from, to] = data.trim().split('\\n'); resolve({ answer, from, to }); });
    s.on('error', (e) => { clearTimeout(timer); resolve({ error: e.code || String(e) }); });
  } else {
    const s = dgram.createSocket('udp4');
    const timer = setTimeout(() => { s.close(); resolve({ error: 'timeout' }); }, t);
    s.on('message', (m) => { clearTimeout(timer); s.close(); const [answer, from] = String(m).trim().split('\\n'); resolve({ answer, from }); });
    s.send('hello', p.port, p.host);
  }
});
(async () => {
  const out = [];
  for (let i = 0; i < probes.length; i += 16) out.push(...(await Promise.all(probes.slice(i, i + 16).map(one))));
  process.stdout.write(JSON.stringify(out));
})();`;
