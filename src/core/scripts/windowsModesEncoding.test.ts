// The cluster-windows and Windows appliance scripts carry user text too (topology, VM, NIC, frontend, rule and probe
// names, and the cluster names given as options): like every .ps1 they must read the same in UTF-8, 1252 and 932,
// and each name must come back exactly from its string literal (see windowsEncoding.test.ts, issue 12).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_PAGES, decodeAs, evaluatePowerShellString, HOSTILE_UNITS, powerShellTokens } from '../testing/windowsCodePages';
import { rule } from '../testing/builders';
import type { FrontendIpHolder, LbTopology } from '../topology/schema';
import { scriptFileBytes } from './fileBytes';
import { generateScript } from './generate';
import { messageOf } from '../diagnostics/diagnostic';

const UNITS = [...HOSTILE_UNITS, '{', '}', '@'];
const hostile = fc.oneof(
  fc.constantFrom('\u00d2; Start-Process calc.exe; #', "\u2019; Start-Process calc.exe; '", '$(Start-Process calc.exe)'),
  fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 10 }),
);

function held(name: string, holder: FrontendIpHolder): LbTopology {
  return {
    version: 1,
    name,
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: `fe ${name}`, ip: '192.0.2.100' }],
    backendPools: [{ name: 'pool', members: [name, 'VM2'], frontendIpHolder: holder }],
    probes: [{ name: `p ${name}`, protocol: 'Tcp', port: 59999 }],
    rules: [rule(`r ${name}`, { frontend: `fe ${name}`, frontendPort: 1433, backendPort: 1433, floatingIp: true, probe: `p ${name}` })],
    vms: [
      { name, os: 'windows', nic: { name: `nic ${name} nic`, ip: '192.0.2.4' } },
      { name: 'VM2', os: 'windows', nic: { name: 'Ethernet', ip: '192.0.2.5' } },
    ],
  };
}

describe('cluster-windows and appliance .ps1 read the same in every code page', () => {
  it('hostile names and cluster names stay inside their strings and come back exactly (property)', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom<FrontendIpHolder>('cluster-windows', 'appliance'), (name, holder) => {
        fc.pre(name.trim() === name);
        for (const rollback of [false, true]) {
          const r = generateScript(held(name, holder), name, {
            flavor: 'windows-powershell',
            rollback,
            clusterNetwork: `net ${name}`,
            ipResources: { [`fe ${name}`]: `ip ${name}` },
          });
          expect(r.text, r.diagnostics.map((d) => messageOf(d)).join('\n')).not.toBe('');
          const bytes = scriptFileBytes(r.fileName, r.text);
          expect(bytes.subarray(3).every((b) => b < 0x80)).toBe(true);
          const reference = powerShellTokens(decodeAs(bytes, 'utf-8'));
          for (const cp of CODE_PAGES) expect(powerShellTokens(decodeAs(bytes, cp)), cp).toEqual(reference);
          const value = (re: RegExp) => evaluatePowerShellString(re.exec(r.text)![1]!.trimEnd());
          expect(value(/^\$Topology = (.*)$/m)).toBe(name);
          expect(value(/^\$VmName = (.*)$/m)).toBe(name);
          if (holder === 'appliance') expect(value(/^\$Nic = (.*)$/m)).toBe(`nic ${name} nic`);
          else {
            expect(value(/^ {2}\[string\]\$ClusterNetworkName = (.*),\r$/m)).toBe(`net ${name}`);
            expect(value(/^ {2}\[string\]\$IpResource1 = (.*),\r$/m)).toBe(`ip ${name}`);
          }
        }
      }),
      { seed: 1402, numRuns: 80 },
    );
  });
});
