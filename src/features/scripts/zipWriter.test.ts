import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scriptFileBytes } from '../../core/scripts/fileBytes';
import { zipBundle } from './zipWriter';

describe('zipBundle', () => {
  it('writes every entry with its exact text', async () => {
    const blob = zipBundle([
      { name: 'VM2.ubuntu.sh', text: '#!/usr/bin/env bash\necho ü\n', executable: true },
      { name: 'VM1.windows-netsh.cmd', text: '@echo off\r\n', executable: false },
    ]);
    expect(blob.type).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['VM2.ubuntu.sh', 'VM1.windows-netsh.cmd']);
    expect(strFromU8(files['VM2.ubuntu.sh']!)).toBe('#!/usr/bin/env bash\necho ü\n');
    expect(strFromU8(files['VM1.windows-netsh.cmd']!)).toBe('@echo off\r\n');
  });

  it('writes the bytes the CLI writes: a .ps1 starts with a UTF-8 byte-order mark, so Windows PowerShell 5.1 reads it as UTF-8', async () => {
    const text = "$Topology = ('' + [char]0x00D2)\r\n";
    const files = unzipSync(
      new Uint8Array(await zipBundle([{ name: 'VM1.windows-powershell.ps1', text, executable: false }]).arrayBuffer()),
    );
    expect([...files['VM1.windows-powershell.ps1']!]).toEqual([...scriptFileBytes('VM1.windows-powershell.ps1', text)]);
    expect([...files['VM1.windows-powershell.ps1']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
