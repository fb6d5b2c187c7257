import { describe, expect, it } from 'vitest';
import { untranslated } from '../i18n/untranslated';
import type { LbTopology } from '../topology/schema';
import { preset } from '../testing/presets';
import { messageOf } from '../diagnostics/diagnostic';
import { render } from '../i18n/text';
import { generateScript } from './generate';
import { linuxInterfaceReason, linuxLabelReason, windowsInterfaceReason } from './names';
import { cmdNonAsciiReason, cmdUnsafeReason, controlCharReason } from './quote';
import { sapCluster, sqlCluster } from './modes.testing';
import type { ScriptOptions } from './types';

const base = preset('type2-floating-ip');
const withNic = (nic: string): LbTopology => ({
  ...base,
  vms: base.vms.map((v) => (v.name === 'VM1' ? { ...v, nic: { ...v.nic, name: nic } } : v)),
});
const broken: LbTopology = { ...base, rules: base.rules.map((r) => ({ ...r, frontendPort: 70000 })) };
const sqlV6: LbTopology = {
  ...sqlCluster,
  frontends: [{ name: 'ag-listener', ip: '2001:db8::100' }, sqlCluster.frontends[1]!],
  backendPools: [
    ...sqlCluster.backendPools,
    { name: 'v6', members: [{ vm: 'sql1', ip: '2001:db8::4' }], frontendIpHolder: 'cluster-windows' },
  ],
  rules: [{ ...sqlCluster.rules[0]!, backendPool: 'v6' }, sqlCluster.rules[1]!],
  vms: sqlCluster.vms.map((v) => (v.name === 'sql1' ? { ...v, nic: { ...v.nic, secondaryIps: ['2001:db8::4'] } } : v)),
};
const noProbe: LbTopology = { ...sqlCluster, rules: sqlCluster.rules.map((r, i) => (i === 0 ? { ...r, probe: undefined } : r)) };
const twoProbes: LbTopology = {
  ...sqlCluster,
  rules: [...sqlCluster.rules, { ...sqlCluster.rules[0]!, name: 'sql-5022', frontendPort: 5022, backendPort: 5022, probe: 'probe-58888' }],
};
const mixed: LbTopology = {
  ...base,
  backendPools: [...base.backendPools, { name: 'nva', members: ['VM1'], frontendIpHolder: 'appliance' }],
  rules: [
    ...base.rules,
    {
      name: 'fwd',
      frontend: base.frontends[0]!.name,
      backendPool: 'nva',
      protocol: 'Udp',
      frontendPort: 5000,
      backendPort: 5000,
      floatingIp: false,
    },
  ],
};
const lonely: LbTopology = { ...base, vms: [...base.vms, { name: 'VM9', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.99' } }] };

// One case per kind of script diagnostic, and per reason names.ts and quote.ts give.
const CASES: [string, LbTopology, string, ScriptOptions][] = [
  ['doc-exact for a flavour without it', base, 'VM1', { flavor: 'rhel', docExact: true }],
  ['a prefix length out of range', base, 'VM1', { flavor: 'ubuntu', prefix4: 40 }],
  ['a bad label', base, 'VM1', { flavor: 'ubuntu', label: 'eth0:x' }],
  ['a wide prefix', base, 'VM1', { flavor: 'ubuntu', prefix4: 24 }],
  ['doc-exact /24', base, 'VM1', { flavor: 'ubuntu', docExact: true }],
  ['an empty NIC name', withNic(''), 'VM1', { flavor: 'ubuntu' }],
  ['a long NIC name', withNic('a-very-long-interface'), 'VM1', { flavor: 'ubuntu' }],
  ['a NIC named ..', withNic('..'), 'VM1', { flavor: 'ubuntu' }],
  ['a NIC name with a slash', withNic('a/b'), 'VM1', { flavor: 'ubuntu' }],
  ['a NIC name with a space', withNic('a b'), 'VM1', { flavor: 'ubuntu' }],
  ['a Windows alias with spaces around', withNic(' Ethernet '), 'VM1', { flavor: 'windows-powershell' }],
  ['a Windows alias too long', withNic('x'.repeat(300)), 'VM1', { flavor: 'windows-powershell' }],
  ['a bad loopback name', base, 'VM1', { flavor: 'windows-netsh', windowsLoopback: '' }],
  ['a percent sign for cmd.exe', withNic('50%'), 'VM1', { flavor: 'windows-netsh' }],
  ['a newline for cmd.exe', withNic('a\nb'), 'VM1', { flavor: 'windows-netsh' }],
  ['a non-ASCII alias for cmd.exe', withNic('イーサネット'), 'VM1', { flavor: 'windows-netsh' }],
  ['a control character', withNic('a\u001bb'), 'VM1', { flavor: 'ubuntu' }],
  ['a topology with errors', broken, 'VM1', { flavor: 'ubuntu' }],
  ['a VM no rule reaches', lonely, 'VM9', { flavor: 'ubuntu' }],
  ['a flavour that cannot drive WSFC', sqlCluster, 'sql1', { flavor: 'ubuntu' }],
  ['an IPv6 WSFC frontend', sqlV6, 'sql1', { flavor: 'windows-powershell' }],
  ['doc-exact for a cluster', sapCluster(), 'nw1-cl-0', { flavor: 'ubuntu', docExact: true }],
  ['pools held differently', mixed, 'VM1', { flavor: 'ubuntu' }],
  ['a clustered rule without a probe', noProbe, 'sql1', { flavor: 'windows-powershell' }],
  ['clustered rules with two probes', twoProbes, 'sql1', { flavor: 'windows-powershell' }],
  ['bad Pacemaker names', sapCluster('rhel'), 'nw1-cl-0', { flavor: 'rhel', clusterGroups: { NW1_ASCS: 'g;x', nope: 'g' } }],
  ['bad WSFC names', sqlCluster, 'sql1', { flavor: 'windows-powershell', clusterNetwork: 'a\u0001', ipResources: { 'ag-listener': '' } }],
];

// Values quoted verbatim in the texts, and words that stay as they are (tool and flavour names).
const KEEP = [
  '"eth0:x"',
  '" Ethernet "',
  '"50%"',
  '"a\\nb"',
  '"a/b"',
  '"a b"',
  '"VM1"',
  '"VM9"',
  '"a-very-long-interface"',
  '"..."',
  '"Loopback Pseudo-Interface 1"',
  'windows-powershell',
  'windows-netsh',
  'doc-exact',
  'cmd.exe',
  'netsh',
  'PowerShell',
  'Learn',
  'Ubuntu',
  'ubuntu',
  'rhel',
  'validate',
  '"local <network>/24 dev lo"',
  'lo:',
  '"lo"',
  'lo',
  'IFNAMSIZ',
  'U+001B',
  '"a\\u001bb"',
  'IPv',
  `"${'x'.repeat(300)}"`,
  '"イーサネット"',
  '"イ"',
  'OEM',
  'ASCII',
  '.cmd',
  '"sql-nodes"',
  '"ag-listener"',
  '"nw1"',
  '"v6"',
  '"sql-1433"',
  '"probe-59999"',
  '"probe-58888"',
  '"g;x"',
  '"nope"',
  'frontendIpHolder',
  'cluster-windows',
  'cluster-pacemaker',
  'every-member',
  'appliance',
  'Microsoft',
  'WSFC',
  'SubnetMask',
  'Pacemaker',
  'Floatplan',
  '--doc-exact',
];

describe('script diagnostics in Japanese', () => {
  it.each(CASES)('%s: every diagnostic is a catalog text, said in Japanese too', (_what, t, vm, options) => {
    const list = generateScript(t, vm, options).diagnostics;
    expect(list.length).toBeGreaterThan(0);
    for (const d of list) {
      expect(d.text.key, d.code).toMatch(/^script\./);
      const ja = messageOf(d, 'ja');
      expect(ja).not.toBe(messageOf(d));
      expect(untranslated(ja, KEEP), ja).toEqual([]);
    }
  });

  it('gives every reason of the name and quoting checks as a catalog text, in Japanese too', () => {
    const reasons = [
      linuxInterfaceReason(''),
      linuxInterfaceReason('x'.repeat(16)),
      linuxInterfaceReason('..'),
      linuxInterfaceReason('a:b'),
      linuxInterfaceReason('a b'),
      linuxLabelReason('x'),
      windowsInterfaceReason(''),
      windowsInterfaceReason('x'.repeat(257)),
      windowsInterfaceReason(' x'),
      windowsInterfaceReason('a\u0001'),
      cmdUnsafeReason('"'),
      cmdUnsafeReason('\r'),
      cmdUnsafeReason('\n'),
      controlCharReason('\u2028'),
      cmdNonAsciiReason('Café'),
    ];
    for (const why of reasons) {
      expect(why?.key).toMatch(/^script\.why\./);
      const ja = render(why!, 'ja');
      expect(ja).not.toBe(render(why!, 'en'));
      expect(untranslated(ja, KEEP), ja).toEqual([]);
    }
  });
});
