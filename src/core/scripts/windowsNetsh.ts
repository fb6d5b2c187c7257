// `windows-netsh`: the page's netsh form, made idempotent, fail-fast and precise (/32, localip, probe ports).
import type { VmPlan } from './plan';
import { asciiText, cmdCommentText, cmdQuote } from './quote';
import { findstrAddress, firewallDescription, firewallRuleName, ipv4Mask } from './windowsCommon';

export interface WindowsInput {
  plan: VmPlan;
  header: string[];
  prefix: { 4: number; 6: number };
  loopback: string;
  rollback: boolean;
}

/**
 * A cmd.exe script in pure ASCII (cmd.exe reads it in the OEM code page). Every user string goes through {@link cmdQuote};
 * the generator has already refused strings it cannot carry; names only shown to people are {@link asciiText}. Each command ends in `|| goto :fail` so the script stops on the first error.
 */
export function netshScript(i: WindowsInput): string {
  const { plan } = i;
  const nic = cmdQuote(plan.vm.nic.name);
  const lo = cmdQuote(i.loopback);
  const families = [...new Set(plan.loopback.map((l) => l.family))].sort();
  const body: string[] = [];
  if (!i.rollback) {
    for (const f of families) body.push(`netsh interface ipv${f} set interface ${nic} weakhostreceive=enabled || goto :fail`);
    for (const l of plan.loopback) {
      const show = `netsh interface ipv${l.family} show addresses ${lo} | findstr /R /C:"${findstrAddress(l.ip)}" >nul`;
      const add =
        l.family === 4
          ? `netsh interface ipv4 add address ${lo} ${l.ip} ${ipv4Mask(i.prefix[4])} skipassource=true`
          : `netsh interface ipv6 add address ${lo} ${l.ip}/${i.prefix[6]} skipassource=true`;
      body.push(`${show} || ${add} || goto :fail`);
    }
    for (const f of families)
      body.push(`netsh interface ipv${f} set interface ${lo} weakhostreceive=enabled weakhostsend=enabled || goto :fail`);
    for (const o of plan.openings) {
      const name = cmdQuote(firewallRuleName(o));
      const proto =
        o.protocol === 'any' ? 'protocol=any' : `protocol=${o.protocol.toUpperCase()} localport=${o.port === 0 ? 'any' : o.port}`;
      body.push(
        `netsh advfirewall firewall show rule name=${name} >nul 2>&1 || netsh advfirewall firewall add rule name=${name} dir=in action=allow ${proto} localip=${o.address} enable=yes description=${cmdQuote(firewallDescription(o))} || goto :fail`,
      );
    }
  } else {
    for (const l of plan.loopback) {
      const show = `netsh interface ipv${l.family} show addresses ${lo} | findstr /R /C:"${findstrAddress(l.ip)}" >nul`;
      body.push(`${show} && (netsh interface ipv${l.family} delete address ${lo} ${l.ip} || goto :fail)`);
    }
    for (const o of plan.openings) {
      const name = cmdQuote(firewallRuleName(o));
      body.push(
        `netsh advfirewall firewall show rule name=${name} >nul 2>&1 && (netsh advfirewall firewall delete rule name=${name} || goto :fail)`,
      );
    }
    body.push('REM Weak host settings are left as they are: other software may rely on them. To turn them off:');
    for (const f of families)
      body.push(
        `REM   netsh interface ipv${f} set interface ${nic} weakhostreceive=disabled`,
        `REM   netsh interface ipv${f} set interface ${lo} weakhostreceive=disabled weakhostsend=disabled`,
      );
  }
  const verify = [
    'echo floatplan: resulting state',
    ...families.flatMap((f) => [
      `netsh interface ipv${f} show addresses ${lo}`,
      `netsh interface ipv${f} show interface ${lo}`,
      `netsh interface ipv${f} show interface ${nic}`,
    ]),
  ];
  for (const o of plan.openings)
    verify.push(
      `netsh advfirewall firewall show rule name=${cmdQuote(firewallRuleName(o))}${i.rollback ? ' >nul 2>&1 && echo floatplan: a firewall rule is still present' : ''}`,
    );
  return [
    '@echo off',
    ...i.header.map((l) => `REM ${cmdCommentText(l)}`.trimEnd()),
    // A registry setting can turn delayed expansion on by default; `!` in a name must stay text.
    'setlocal DisableDelayedExpansion',
    'REM Administrator check: "net session" only succeeds in an elevated prompt.',
    'net session >nul 2>&1 || goto :notadmin',
    `echo floatplan: VM ${cmdQuote(asciiText(plan.vm.name))} of topology ${cmdQuote(asciiText(plan.topology))}`,
    ...body,
    ...verify,
    `echo floatplan: ${i.rollback ? 'rollback' : 'configuration'} complete`,
    'exit /b 0',
    ':notadmin',
    'echo floatplan: run this script from an elevated Command Prompt (Run as administrator); nothing was changed. 1>&2',
    'exit /b 1',
    ':fail',
    'echo floatplan: the command above failed; stopping. 1>&2',
    'exit /b 1',
    '',
  ].join('\r\n');
}
