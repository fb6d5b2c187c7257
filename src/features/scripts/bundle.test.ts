import { describe, expect, it } from 'vitest';
import { generateAll } from '../../core/scripts/generate';
import type { ScriptResult } from '../../core/scripts/types';
import { lbView } from '../../core/topology/design';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { bundleEntries, bundleFileName, refusedScripts } from './bundle';

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
