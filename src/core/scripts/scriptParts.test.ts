import { describe, expect, it } from 'vitest';
import { topology, vm } from '../testing/builders';
import { generateAll } from './generate';
import { scriptFileBytes, scriptFileChunks } from './fileBytes';
import { sharedJoin } from './scriptParts';

const concat = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks.map((c) => Buffer.from(c)));

describe('script parts', () => {
  it('joins an equal list once: the same string object, equal to a plain join', () => {
    const big = 'x'.repeat(10_000);
    const a = sharedJoin(['head', big, 'end'], '\n');
    expect(a).toBe(['head', big, 'end'].join('\n'));
    expect(Object.is(sharedJoin(['head', big, 'end'], '\n'), a)).toBe(true);
    expect(sharedJoin(['head', big, 'END'], '\n')).toBe(['head', big, 'END'].join('\n'));
    expect(sharedJoin(['head', big, 'end'], '\r\n')).toBe(['head', big, 'end'].join('\r\n'));
  });

  it('gives the VMs of one pool one tail after their own heads, in the shell and PowerShell flavours', () => {
    const t = topology({ vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')] });
    for (const os of ['ubuntu', 'windows'] as const) {
      const [one, oneBack, two] = generateAll({ ...t, vms: t.vms.map((v) => ({ ...v, os })) });
      for (const r of [one!, oneBack!, two!]) expect(r.parts!.head + r.parts!.tail).toBe(r.text);
      expect(one!.parts!.head).toContain('VM1');
      expect(two!.parts!.head).toContain('VM2');
      expect(one!.parts!.tail).not.toContain('10.0.0.4');
      expect(Object.is(one!.parts!.tail, two!.parts!.tail)).toBe(true);
      expect(oneBack!.parts!.tail).not.toBe(one!.parts!.tail);
    }
  });

  it("writes a file's parts as exactly its bytes: BOM and ASCII checks for Windows, UTF-8 for the shell", () => {
    const parts = { head: '# caf\u00e9 ', tail: 'echo \u2713\n' };
    expect(concat(scriptFileChunks('VM1.ubuntu.sh', parts))).toEqual(
      Buffer.from(scriptFileBytes('VM1.ubuntu.sh', parts.head + parts.tail)),
    );
    const ascii = { head: '# head\r\n', tail: "Write-Host 'ok'\r\n" };
    const ps1 = concat(scriptFileChunks('VM1.windows-powershell.ps1', ascii));
    expect(ps1).toEqual(Buffer.from(scriptFileBytes('VM1.windows-powershell.ps1', ascii.head + ascii.tail)));
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => scriptFileChunks('VM1.windows-powershell.ps1', { head: '# h\r\n', tail: "Write-Host '\u00e9'" })).toThrow(
      /VM1\.windows-powershell\.ps1 is not pure ASCII/,
    );
  });
});
