import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
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
});
