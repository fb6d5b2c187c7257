import { describe, expect, it } from 'vitest';
import { generateScript } from '../../core/scripts/generate';
import { topology, vm } from '../../core/testing/builders';
import { scriptBlob } from './saveFile';

describe('scriptBlob', () => {
  it('downloads a .ps1 with a UTF-8 byte-order mark and pure ASCII after it, whatever the names', async () => {
    const name = '\u00d2; Start-Process calc.exe; #';
    const t = topology({
      name,
      vms: [vm('VM1', '10.0.0.4', { os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')],
    });
    const r = generateScript(t, 'VM1', { flavor: 'windows-powershell' });
    const bytes = new Uint8Array(await scriptBlob(r.fileName, r.text).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).every((b) => b < 0x80)).toBe(true);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(r.text);
  });

  it('downloads a shell script as UTF-8 without a byte-order mark, so #! comes first', async () => {
    const bytes = new Uint8Array(await scriptBlob('VM2.ubuntu.sh', '#!/usr/bin/env bash\n').arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('#!');
  });
});
