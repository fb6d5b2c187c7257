import { describe, expect, it } from 'vitest';
import { generateAll } from '../../core/scripts/generate';
import type { ScriptResult } from '../../core/scripts/types';
import { lbView } from '../../core/topology/design';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import type { Topology } from '../../core/topology/schema';
import { allScripts, bundleEntries, bundleFileName, refusedScripts } from './bundle';

const DEFAULT_VIEW = lbView(DEFAULT_TOPOLOGY, 0);

const result = (fileName: string, text = '#!/usr/bin/env bash\n'): ScriptResult => ({
  fileName,
  text,
  flavor: 'ubuntu',
  files: [],
  diagnostics: [],
});

describe('bundleEntries', () => {
  it("holds every VM's script and rollback of the default topology, from the core", () => {
    const entries = bundleEntries(generateAll(DEFAULT_VIEW));
    expect(entries.map((e) => e.name)).toEqual([
      'VM1.windows-powershell.ps1',
      'VM1.windows-powershell.rollback.ps1',
      'VM2.ubuntu.sh',
      'VM2.ubuntu.rollback.sh',
    ]);
    expect(entries.map((e) => e.executable)).toEqual([false, false, true, true]);
    expect(entries[2]!.text).toContain('readonly -a LOOPBACK=(\n  65.52.0.1/32\n  65.52.0.2/32\n)');
  });

  it('leaves out refused scripts and names them', () => {
    const results = [result('a.ubuntu.sh'), result('b.windows-netsh.cmd', '')];
    expect(bundleEntries(results).map((e) => e.name)).toEqual(['a.ubuntu.sh']);
    expect(refusedScripts(results)).toEqual(['b.windows-netsh.cmd']);
  });

  it('numbers names that collide, ignoring case', () => {
    const names = bundleEntries([result('a_b.ubuntu.sh'), result('a_b.ubuntu.sh'), result('A_B.ubuntu.sh')]).map((e) => e.name);
    expect(names).toEqual(['a_b.ubuntu.sh', 'a_b-2.ubuntu.sh', 'A_B-3.ubuntu.sh']);
  });
});

describe('bundleFileName', () => {
  it('makes a safe file name from the topology name', () => {
    expect(bundleFileName('Two frontends (type 2)')).toBe('Two_frontends__type_2_.scripts.zip');
  });
});

describe('allScripts of a design with two load balancers', () => {
  // The default's public load balancer plus an internal one whose floating rule reaches the same two VMs on 443.
  const design: Topology = {
    ...DEFAULT_TOPOLOGY,
    loadBalancers: [
      DEFAULT_TOPOLOGY.loadBalancers[0]!,
      {
        name: 'ilb',
        sku: 'Standard',
        type: 'Internal',
        frontends: [{ name: 'inside', ip: '10.0.1.100' }],
        backendPools: [{ name: 'pool', members: ['VM1', 'VM2'] }],
        probes: [{ name: 'tls', protocol: 'Tcp', port: 8443 }],
        rules: [
          {
            name: 'tls',
            frontend: 'inside',
            backendPool: 'pool',
            protocol: 'Tcp',
            frontendPort: 443,
            backendPort: 443,
            floatingIp: true,
            probe: 'tls',
          },
        ],
      },
    ],
  };

  it("gives each VM one script and rollback that hold every load balancer's frontend IPs, each once", () => {
    const { entries } = allScripts(design, false);
    expect(entries.map((e) => e.name)).toEqual([
      'VM1.windows-powershell.ps1',
      'VM1.windows-powershell.rollback.ps1',
      'VM2.ubuntu.sh',
      'VM2.ubuntu.rollback.sh',
    ]);
    const ubuntu = entries[2]!.text;
    for (const ip of ['65.52.0.1/32', '65.52.0.2/32', '10.0.1.100/32']) expect(ubuntu.split(`  ${ip}\n`).length - 1, ip).toBe(1);
  });
});
