// Issue 12 item 1: Windows PowerShell 5.1 reads a .ps1 without a byte-order mark in the ANSI code page, and cmd.exe
// reads a .cmd in the OEM code page. The bytes Floatplan saves must mean the same program in every code page: the
// tests decode them as UTF-8, 1252 and 932 and check that the tokens (code and string literals) are the same and
// that each name comes back from its string literal exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, vm } from '../testing/builders';
import { CODE_PAGES, cmdTokens, decodeAs, evaluatePowerShellString, HOSTILE_UNITS, powerShellTokens } from '../testing/windowsCodePages';
import type { LbTopology } from '../topology/schema';
import { scriptFileBytes } from './fileBytes';
import { generateScript } from './generate';
import type { Flavor } from './types';
import { messageOf } from '../diagnostics/diagnostic';

// Names that end a single-quoted string once misread: Ò is C3 92 (1252: Ã’), Ё is D0 81 and 81 65 is ‘ in 932.
const KNOWN = [
  '\u00d2; Start-Process calc.exe; #',
  '\u0401e; Start-Process calc.exe; #',
  '\u0401f; Start-Process calc.exe; #',
  "\u2019; Start-Process calc.exe; '",
  'a\u201b\u201ab',
];
// Units whose UTF-8 bytes hit the quote characters of 1252 (0x82, 0x91, 0x92) and the lead bytes of 932.
const UNITS = [...HOSTILE_UNITS, '\u00c2', '\u00d1', '\u0412', '\u201c', '\u201d', 'f'];
const hostileName = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc.string({
    unit: fc.oneof(fc.constantFrom(...UNITS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 12,
  }),
);

// Every name a Windows script carries: topology, VM, NIC (trimmed, as Windows allows), frontend, rule, NAT rule, probe.
function windowsTopology(name: string): LbTopology {
  return topology({
    name,
    frontends: [
      { name: `fe ${name}`, ip: '203.0.113.1' },
      { name: 'FE2', ip: '203.0.113.2' },
    ],
    backendPools: [{ name: 'pool', members: [name, 'VM2'] }],
    probes: [{ name: `p ${name}`, protocol: 'Tcp', port: 80 }],
    rules: [rule(`r ${name}`, { frontend: `fe ${name}`, probe: `p ${name}`, floatingIp: true })],
    inboundNatRules: [natRule(`n ${name}`, { frontend: `fe ${name}`, target: name, floatingIp: true })],
    vms: [vm(name, '10.0.0.4', { os: 'windows', nic: { name: `nic ${name} nic`, ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')],
  });
}

const scripts = (t: LbTopology, vmName: string, flavor: Flavor) =>
  [false, true].map((rollback) => generateScript(t, vmName, { flavor, rollback }));

describe('windows-powershell reads the same in every code page', () => {
  it('the saved .ps1 starts with a UTF-8 byte-order mark and is pure ASCII after it', () => {
    for (const r of scripts(windowsTopology(KNOWN[0]!), KNOWN[0]!, 'windows-powershell')) {
      const bytes = scriptFileBytes(r.fileName, r.text);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).every((b) => b < 0x80)).toBe(true);
    }
  });

  it('hostile names stay inside their strings in UTF-8, 1252 and 932, and come back exactly (property)', () => {
    fc.assert(
      fc.property(hostileName, (name) => {
        fc.pre(name.trim() === name && !/[\p{Cc}\u2028\u2029]/u.test(name));
        for (const r of scripts(windowsTopology(name), name, 'windows-powershell')) {
          expect(r.text, r.diagnostics.map((d) => messageOf(d)).join('\n')).not.toBe('');
          const bytes = scriptFileBytes(r.fileName, r.text);
          const reference = powerShellTokens(decodeAs(bytes, 'utf-8'));
          for (const cp of CODE_PAGES) expect(powerShellTokens(decodeAs(bytes, cp)), cp).toEqual(reference);
          const assigned = (v: string) => evaluatePowerShellString(new RegExp(`^\\$${v} = (.*)$`, 'm').exec(r.text)![1]!.trimEnd());
          expect(assigned('Topology')).toBe(name);
          expect(assigned('VmName')).toBe(name);
          expect(assigned('Nic')).toBe(`nic ${name} nic`);
        }
      }),
      { seed: 1201, numRuns: 150 },
    );
    // 300 scripts tokenised three times each: generous, since the machine that runs the suite may be shared.
  }, 30_000);
});

describe('windows-netsh reads the same in every code page', () => {
  // cmd.exe values (NIC alias, rule, NAT rule and probe names) may not hold non-ASCII; only the topology, VM and
  // frontend names are shown to people, written as \uXXXX.
  const cmdTopology = (name: string, frontend: string): LbTopology => ({
    ...windowsTopology('VM1'),
    name,
    vms: [vm(name, '10.0.0.4', { os: 'windows', nic: { name: 'Ethernet', ip: '10.0.0.4' } }), vm('VM2', '10.0.0.5')],
    backendPools: [{ name: 'pool', members: [name, 'VM2'] }],
    frontends: [{ name: frontend, ip: '203.0.113.1' }],
    rules: [rule('r1', { frontend, probe: 'p1', floatingIp: true })],
    probes: [{ name: 'p1', protocol: 'Tcp', port: 80 }],
    inboundNatRules: [],
  });
  const shownName = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\u00d2', '\u0401', '\u2019', 'e', ' ', '!', '\u3042', '\u{1f600}'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 10,
  });

  it('the saved .cmd is pure ASCII, its tokens are the same in UTF-8, 1252 and 932, and no REM line holds % or ^ (property)', () => {
    fc.assert(
      fc.property(
        shownName,
        fc.string({ unit: fc.constantFrom('%', '~', '^', '&', '|', '<', '>', '!', '\u00d2', 'a', ' '), minLength: 1, maxLength: 8 }),
        (name, frontend) => {
          fc.pre(!/["%^&|<>\p{Cc}\u2028\u2029]/u.test(name));
          for (const r of scripts(cmdTopology(name, frontend), name, 'windows-netsh')) {
            expect(r.text, r.diagnostics.map((d) => messageOf(d)).join('\n')).not.toBe('');
            const bytes = scriptFileBytes(r.fileName, r.text);
            expect(bytes.every((b) => b < 0x80)).toBe(true);
            const reference = cmdTokens(decodeAs(bytes, 'utf-8'));
            for (const cp of CODE_PAGES) expect(cmdTokens(decodeAs(bytes, cp)), cp).toEqual(reference);
            for (const line of r.text.split('\r\n').filter((l) => /^REM /.test(l))) expect(line).not.toMatch(/[%^]/);
          }
        },
      ),
      { seed: 1202, numRuns: 150 },
    );
  });

  it('refuses a non-ASCII NIC alias, which netsh would receive garbled, and points to windows-powershell', () => {
    const t = cmdTopology('VM1', 'fe');
    const r = generateScript(
      { ...t, vms: [{ ...t.vms[0]!, nic: { name: '\u30a4\u30fc\u30b5\u30cd\u30c3\u30c8', ip: '10.0.0.4' } }, t.vms[1]!] },
      'VM1',
      { flavor: 'windows-netsh' },
    );
    expect(r.text).toBe('');
    expect(r.diagnostics.map((d) => d.code)).toContain('UnsafeScriptValue');
    expect(messageOf(r.diagnostics.find((d) => d.code === 'UnsafeScriptValue')!)).toMatch(/OEM code page.*windows-powershell/);
  });

  it('keeps `!` as text: delayed expansion is switched off whatever the registry says', () => {
    expect(generateScript(cmdTopology('VM!PATH!', 'fe'), 'VM!PATH!', { flavor: 'windows-netsh' }).text).toMatch(
      /^setlocal DisableDelayedExpansion\r$/m,
    );
  });
});

describe('scriptFileBytes', () => {
  it('adds no byte-order mark to .cmd and .sh, and refuses a non-ASCII Windows script', () => {
    expect([...scriptFileBytes('a.cmd', '@echo off')].slice(0, 1)).toEqual([0x40]);
    expect(new TextDecoder().decode(scriptFileBytes('a.sh', '#!/usr/bin/env bash\n# \u00e9'))).toBe('#!/usr/bin/env bash\n# \u00e9');
    expect(() => scriptFileBytes('a.ps1', "'\u00d2'")).toThrow(/ASCII/);
    expect(() => scriptFileBytes('a.cmd', 'REM \u00d2')).toThrow(/ASCII/);
  });
  it('writes the BOM and ASCII text byte for byte, and refuses non-ASCII wherever it is', () => {
    expect([...scriptFileBytes('A.PS1', 'x\r\n~')]).toEqual([0xef, 0xbb, 0xbf, 0x78, 0x0d, 0x0a, 0x7e]);
    expect([...scriptFileBytes('a.cmd', '')]).toEqual([]);
    expect([...scriptFileBytes('a.ps1', '')]).toEqual([0xef, 0xbb, 0xbf]);
    // At the end, as a lone surrogate, as an astral character, and as a character that still fits in one byte of Latin-1.
    for (const bad of ['echo \u00e9', 'x\ud800', '\u{1f600}x', '\u0080'])
      for (const name of ['a.ps1', 'a.cmd']) expect(() => scriptFileBytes(name, bad)).toThrow(/ASCII/);
  });
});
