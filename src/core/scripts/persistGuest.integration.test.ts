// The persistence steps of the suse and ubuntu flavours, run for real (root on Linux) against a private root and a
// private network namespace (src/core/testing/guestRoot.ts): the files land under a temporary directory, the
// addresses on the namespace's lo, and wicked, netplan, nmcli, systemctl, networkctl and ifup are recording stubs
// (none of them is run for real here; what they would do with the files is not proven by this test).
import { afterEach, describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import { GuestRoot } from '../testing/guestRoot';
import { generateScript } from './generate';
import { IFCFG_LO } from './suse';
import { IFUPDOWN_FILE } from './ubuntu';
import type { Flavor } from './types';

const type2 = preset('type2-floating-ip');
const script = (flavor: Flavor, rollback = false) => generateScript(type2, 'VM2', { flavor, rollback }).text;
/** A file's content as the script's files list shows it: what the script must write, byte for byte. */
const shown = (path: string) => generateScript(type2, 'VM2', { flavor: 'ubuntu' }).files.find((f) => f.path === path)!.content;
const ADDRS = ['65.52.0.1/32', '65.52.0.2/32'];
// ifcfg-lo(5)'s example, as SLES ships the file.
const IFCFG_LO_DEFAULT = [
  'IPADDR=127.0.0.1/8',
  'NETMASK=255.0.0.0',
  'NETWORK=127.0.0.0',
  'STARTMODE=nfsroot',
  'BOOTPROTO=static',
  'USERCONTROL=no',
  'FIREWALL=no',
  '',
].join('\n');
const DEBIAN_INTERFACES = ['source /etc/network/interfaces.d/*', '', 'auto lo', 'iface lo inet loopback', ''].join('\n');

// Every root and namespace a test makes is removed after it, even when it fails.
const guests: GuestRoot[] = [];
afterEach(() => guests.splice(0).forEach((g) => g.destroy()));
const fresh = () => {
  const g = new GuestRoot();
  guests.push(g);
  return g;
};
const onLo = (g: GuestRoot) => ADDRS.filter((a) => g.loopback().includes(` ${a} `));

describe.skipIf(skipWithout('netns'))('suse: wicked ifcfg-lo in a private root', () => {
  it('adds one IPADDR_<suffix> line per address, reloads lo once, and a second run changes nothing', () => {
    const g = fresh();
    g.write(IFCFG_LO, IFCFG_LO_DEFAULT);
    g.stub('wicked');
    const r = g.run(script('suse'));
    expect(r.code, r.err).toBe(0);
    expect(g.read(IFCFG_LO)).toBe(
      `${IFCFG_LO_DEFAULT}IPADDR_floatplan_65_52_0_1='65.52.0.1/32'\nIPADDR_floatplan_65_52_0_2='65.52.0.2/32'\n`,
    );
    expect(g.calls()).toEqual(['wicked ifreload lo']);
    expect(onLo(g)).toEqual(ADDRS);
    const again = g.run(script('suse'));
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('already has IPADDR_floatplan_65_52_0_1');
    expect(g.read(IFCFG_LO)!.match(/IPADDR_floatplan_/g)).toHaveLength(2);
    expect(g.calls()).toEqual(['wicked ifreload lo']);
  });

  it('the rollback removes exactly its lines (a line the admin added stays) and the addresses', () => {
    const g = fresh();
    g.write(IFCFG_LO, IFCFG_LO_DEFAULT);
    g.stub('wicked');
    expect(g.run(script('suse')).code).toBe(0);
    g.write(IFCFG_LO, `${g.read(IFCFG_LO)}IPADDR_admin='192.0.2.99/32'\n`);
    const rb = g.run(script('suse', true));
    expect(rb.code, rb.err).toBe(0);
    expect(g.read(IFCFG_LO)).toBe(`${IFCFG_LO_DEFAULT}IPADDR_admin='192.0.2.99/32'\n`);
    expect(onLo(g)).toEqual([]);
    expect(g.calls()).toEqual(['wicked ifreload lo', 'wicked ifreload lo']);
    expect(g.run(script('suse', true)).code).toBe(0);
    expect(g.calls()).toHaveLength(2);
  });

  it('a last line without its newline is not joined to ours', () => {
    const g = fresh();
    g.write(IFCFG_LO, IFCFG_LO_DEFAULT.trimEnd());
    g.stub('wicked');
    expect(g.run(script('suse')).code).toBe(0);
    expect(g.read(IFCFG_LO)!.split('\n')).toContain('FIREWALL=no');
  });

  it('stops before any change without wicked or without ifcfg-lo', () => {
    const g = fresh();
    g.write(IFCFG_LO, IFCFG_LO_DEFAULT);
    const noWicked = g.run(script('suse'));
    expect(noWicked.code).toBe(1);
    expect(noWicked.err).toMatch(/no wicked or no .*ifcfg-lo here.*nothing was changed/);
    expect(g.read(IFCFG_LO)).toBe(IFCFG_LO_DEFAULT);
    expect(onLo(g)).toEqual([]);
    const h = fresh();
    h.stub('wicked');
    expect(h.run(script('suse')).code).toBe(1);
    expect(h.read(IFCFG_LO)).toBeUndefined();
    expect(onLo(h)).toEqual([]);
  });
});

describe.skipIf(skipWithout('netns'))('ubuntu: the persistence mechanism is found before any change', () => {
  it('nothing found: stops with the reason, no address, no file', () => {
    const g = fresh();
    const r = g.run(script('ubuntu'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/found no netplan, ifupdown .* nothing was changed/);
    expect(onLo(g)).toEqual([]);
    expect(g.calls()).toEqual([]);
  });

  it('netplan wins when present: its own file, netplan apply', () => {
    const g = fresh();
    g.write('/etc/netplan/50-cloud-init.yaml', 'network: {version: 2}\n');
    g.write('/etc/network/interfaces', DEBIAN_INTERFACES);
    g.stub('netplan');
    g.stub('ifup');
    const r = g.run(script('ubuntu'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('persist with netplan');
    expect(g.read('/etc/netplan/60-floatplan.yaml')).toContain('- "65.52.0.1/32"');
    expect(g.read('/etc/netplan/60-floatplan.yaml')).toBe(shown('/etc/netplan/60-floatplan.yaml'));
    expect(g.calls()).toEqual(['netplan apply']);
    expect(g.run(script('ubuntu')).out).toContain('is already up to date');
    expect(g.calls()).toEqual(['netplan apply']);
    expect(onLo(g)).toEqual(ADDRS);
  });

  it('ifupdown (Debian): a file in interfaces.d when interfaces sources it; the rollback removes it', () => {
    const g = fresh();
    g.write('/etc/network/interfaces', DEBIAN_INTERFACES);
    g.stub('ifup');
    const r = g.run(script('ubuntu'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('persist with ifupdown');
    expect(g.read(IFUPDOWN_FILE)).toContain('iface lo inet static\n    address 65.52.0.2/32');
    expect(g.read(IFUPDOWN_FILE)).toBe(shown(IFUPDOWN_FILE));
    expect(onLo(g)).toEqual(ADDRS);
    expect(g.run(script('ubuntu')).out).toContain('is already up to date');
    const rb = g.run(script('ubuntu', true));
    expect(rb.code, rb.err).toBe(0);
    expect(g.read(IFUPDOWN_FILE)).toBeUndefined();
    expect(onLo(g)).toEqual([]);
    expect(g.read('/etc/network/interfaces')).toBe(DEBIAN_INTERFACES);
  });

  it('ifupdown without the source line: stops with the reason, nothing changed', () => {
    const g = fresh();
    g.write('/etc/network/interfaces', 'auto lo\niface lo inet loopback\n');
    g.stub('ifup');
    const r = g.run(script('ubuntu'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ifupdown is in use but .*interfaces does not read .*interfaces\.d .*nothing was changed/);
    expect(g.read(IFUPDOWN_FILE)).toBeUndefined();
    expect(onLo(g)).toEqual([]);
  });

  it('NetworkManager 1.42+: a loopback profile; older: stops before any change', () => {
    const g = fresh();
    const nmcli = (version: string) =>
      [
        'case "$*" in',
        '  "-t -f RUNNING general") echo running ;;',
        `  "--version") echo "nmcli tool, version ${version}" ;;`,
        '  "connection show floatplan-lo") exit 10 ;;',
        '  "-g GENERAL.STATE connection show floatplan-lo") echo activated ;;',
        'esac',
      ].join('\n');
    g.stub('nmcli', nmcli('1.46.0'));
    const r = g.run(script('ubuntu'));
    expect(r.code, r.err).toBe(0);
    expect(g.calls()).toContain(
      'nmcli connection add con-name floatplan-lo type loopback ifname lo ipv4.method manual ipv4.addresses 65.52.0.1/32,65.52.0.2/32',
    );
    const old = fresh();
    old.stub('nmcli', nmcli('1.30.0'));
    const o = old.run(script('ubuntu'));
    expect(o.code).toBe(1);
    expect(o.err).toMatch(/NetworkManager 1\.30\.0 cannot hold loopback addresses.*nothing was changed/);
    expect(old.calls().some((c) => c.includes('connection add'))).toBe(false);
    expect(onLo(old)).toEqual([]);
  });

  it('systemd-networkd alone: its own .network file, networkctl reload', () => {
    const g = fresh();
    g.stub('systemctl', '[[ "$*" == "is-active --quiet systemd-networkd" ]]');
    g.stub('networkctl');
    const r = g.run(script('ubuntu'));
    expect(r.code, r.err).toBe(0);
    expect(g.read('/etc/systemd/network/10-floatplan-lo.network')).toContain('Address=65.52.0.1/32');
    expect(g.read('/etc/systemd/network/10-floatplan-lo.network')).toBe(shown('/etc/systemd/network/10-floatplan-lo.network'));
    expect(g.calls()).toEqual(['systemctl is-active --quiet systemd-networkd', 'networkctl reload', 'networkctl reconfigure lo']);
  });
});
