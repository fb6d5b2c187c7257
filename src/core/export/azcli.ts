// Azure CLI (bash) export. Every user-supplied string is quoted (bashQuote) or held in a
// variable that is always expanded inside double quotes, so a hostile name can never run a command.
import { frontendIpHolder } from '../model/holder';
import { posixQuote } from '../scripts/quote';
import { comment, headerLines } from './comments';
import type { PoolMember } from '../topology/schema';
import { memberLabels, type ExportPlan } from './plan';
import { ipConfigName } from './names';
import { cliInputName } from './placeholders';

/**
 * A bash word holding exactly `s`: single quotes for printable ASCII; otherwise ANSI-C `$'…'` with every
 * non-ASCII or control byte as `\xHH` (UTF-8), because shellcheck flags typographic quotes inside single
 * quotes (SC1112) and a raw newline or escape would also garble the comments that echo the name.
 * @example bashQuote("it's") // 'it'\''s'; bashQuote('a\u2019b') // $'a\xe2\x80\x99b'
 */
export function bashQuote(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return posixQuote(s);
  let body = '';
  for (const b of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(b);
    body += c === '\\' || c === "'" ? `\\${c}` : b >= 0x20 && b < 0x7f ? c : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `$'${body}'`;
}

/**
 * One option and its value as bash words: `--name 'web'`, or `--name='-fe2'` when the value starts with `-`,
 * which az (argparse) would otherwise take for an option of its own.
 * @example opt('--name', '-fe2') // "--name='-fe2'"
 */
export function opt(flag: string, value: string): string {
  return `${flag}${value.startsWith('-') ? '=' : ' '}${bashQuote(value)}`;
}

// Enum values (Tcp, Default, …) are written bare when they are plain words, quoted otherwise.
const word = (s: string) => (/^[A-Za-z0-9_./-]+$/.test(s) ? s : bashQuote(s));

const RG = '--resource-group "$RESOURCE_GROUP"';
// The load balancer's name is the variable LB_NAME; `=` keeps a name that starts with `-` a value (see opt).
const lbOpt = (flag: string, plan: ExportPlan) => `${flag}${plan.lbName.startsWith('-') ? '=' : ' '}"$LB_NAME"`;

/** One command, one argument per continued line; `args` are already quoted. */
function command(head: string, args: readonly string[]): string[] {
  return [head + (args.length ? ' \\' : ''), ...args.map((a, i) => `  ${a}${i < args.length - 1 ? ' \\' : ''}`)];
}

/**
 * The Azure CLI script that creates the planned load balancer (`set -euo pipefail`; names as variables at the top).
 * @example azcliExport(planExport(topology)).split('\n')[0] // '#!/usr/bin/env bash'
 */
export function azcliExport(plan: ExportPlan): string {
  const LB = lbOpt('--lb-name', plan);
  /** The options a load-balancing rule and an inbound NAT rule begin with alike. */
  const ruleHead = (rule: { name: string; protocol: string; frontend: string }) => [
    RG,
    LB,
    opt('--name', rule.name),
    `--protocol ${word(rule.protocol)}`,
    opt('--frontend-ip', rule.frontend),
  ];
  const out: string[] = [
    '#!/usr/bin/env bash',
    ...comment(headerLines('Azure CLI script', plan.topologyName, plan.notes), '#'),
    'set -euo pipefail',
    '',
  ];
  out.push(
    '# Edit these before running: the resource group, location' +
      (plan.internal ? ', virtual network and subnet' : ' and public IP names') +
      ' are placeholders.',
  );
  out.push(`RESOURCE_GROUP='rg-floatplan'`, `LOCATION='westeurope'`, `LB_NAME=${bashQuote(plan.lbName)}`);
  const pip = (i: number) => `PUBLIC_IP_${i + 1}`;
  if (plan.internal) out.push(`VNET_NAME='vnet-floatplan'`, `SUBNET_NAME='snet-floatplan'`);
  else plan.frontends.forEach((f, i) => out.push(`${pip(i)}=${bashQuote(`pip-${f.name}`)}`));
  out.push('', ...addressInputs(plan));

  if (!plan.internal && plan.frontends.length > 0) {
    out.push(
      "# Azure assigns a public IP's address: the planned addresses below are what Floatplan assumed.",
      '# Skip a command when the public IP already exists (set its name above instead).',
    );
    plan.frontends.forEach((f, i) => {
      if (f.input === undefined) out.push(...comment([`Frontend ${JSON.stringify(f.name)} plans ${f.ip}.`], '#'));
      out.push(
        ...command('az network public-ip create', [
          RG,
          `--name "$${pip(i)}"`,
          '--location "$LOCATION"',
          '--sku Standard',
          '--allocation-method Static',
          ...(f.v6 ? ['--version IPv6'] : []),
        ]),
      );
    });
    out.push('');
  }

  // The frontend address arguments for frontend i, the same for `lb create` and `frontend-ip create`.
  const address = (i: number) => {
    const f = plan.frontends[i]!;
    if (!plan.internal) return [`--public-ip-address "$${pip(i)}"`];
    return [
      '--vnet-name "$VNET_NAME"',
      '--subnet "$SUBNET_NAME"',
      f.input !== undefined ? `--private-ip-address "$${cliInputName('frontend', f.input, 0)}"` : opt('--private-ip-address', f.ip),
      ...(f.v6 ? ['--private-ip-address-version IPv6'] : []),
    ];
  };
  const [firstFe, ...moreFe] = plan.frontends;
  const [firstPool, ...morePools] = plan.pools;
  out.push('# The load balancer with its first frontend and backend pool (az creates both with it).');
  if (!firstFe) out.push('# The topology has no frontend: az creates a default one named LoadBalancerFrontEnd.');
  if (!firstPool) out.push('# The topology has no backend pool: az creates a default one.');
  out.push(
    ...command('az network lb create', [
      RG,
      lbOpt('--name', plan),
      '--location "$LOCATION"',
      '--sku Standard',
      ...(firstFe ? [opt('--frontend-ip-name', firstFe.name), ...address(0)] : []),
      ...(firstPool ? [opt('--backend-pool-name', firstPool.name)] : []),
    ]),
    '',
  );
  moreFe.forEach((f, j) =>
    out.push(...command('az network lb frontend-ip create', [RG, LB, opt('--name', f.name), ...address(j + 1)]), ''),
  );
  morePools.forEach((p) => out.push(...command('az network lb address-pool create', [RG, LB, opt('--name', p.name)]), ''));
  for (const { probe, intervalInSeconds, probeThreshold, requestPath } of plan.probes) {
    out.push(
      ...command('az network lb probe create', [
        RG,
        LB,
        opt('--name', probe.name),
        `--protocol ${word(probe.protocol)}`,
        `--port ${probe.port}`,
        ...(requestPath !== undefined ? [opt('--path', requestPath)] : []),
        `--interval ${intervalInSeconds}`,
        `--probe-threshold ${probeThreshold}`,
      ]),
      '',
    );
  }
  for (const r of plan.rules) {
    const haPorts = r.rule.protocol === 'All' && r.rule.frontendPort === 0 && r.rule.backendPort === 0;
    if (haPorts) out.push('# HA ports: every protocol and port (protocol All, ports 0/0).');
    out.push(
      ...command('az network lb rule create', [
        ...ruleHead(r.rule),
        opt('--backend-pool-name', r.rule.backendPool),
        `--frontend-port ${r.rule.frontendPort}`,
        `--backend-port ${r.rule.backendPort}`,
        `--floating-ip ${r.rule.floatingIp ? 'true' : 'false'}`,
        ...(r.probe !== undefined ? [opt('--probe', r.probe)] : []),
        `--idle-timeout ${r.idleTimeoutMinutes}`,
        `--enable-tcp-reset ${r.enableTcpReset ? 'true' : 'false'}`,
        `--load-distribution ${word(r.loadDistribution)}`,
        `--disable-outbound-snat ${r.disableOutboundSnat ? 'true' : 'false'}`,
      ]),
      '',
    );
  }
  for (const n of plan.natRules) {
    out.push(
      ...command('az network lb inbound-nat-rule create', [
        ...ruleHead(n.rule),
        `--frontend-port ${n.rule.frontendPort}`,
        `--backend-port ${n.rule.backendPort}`,
        `--floating-ip ${n.rule.floatingIp ? 'true' : 'false'}`,
        `--idle-timeout ${n.idleTimeoutMinutes}`,
        `--enable-tcp-reset ${n.enableTcpReset ? 'true' : 'false'}`,
      ]),
      '',
    );
  }
  out.push(...nicLines(plan), ...natTargetLines(plan));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// NIC-based membership lives on the NIC, whose resource name Floatplan does not know; so these stay
// commented out until someone checks the names.
function nicLines(plan: ExportPlan): string[] {
  const members = plan.pools.flatMap((p) => memberLabels(p).map((label, i) => ({ pool: p.name, label, member: p.members[i]! })));
  if (members.length === 0) return [];
  const out = [
    "# Backend pool membership is set on each VM's NIC, not on the load balancer. The NIC and IP",
    '# configuration names below are GUESSES (Floatplan does not know them): check them with',
    '# `az network nic list --resource-group "$RESOURCE_GROUP" --output table`, then uncomment.',
  ];
  for (const { pool, member } of members) {
    const line = [
      'az network nic ip-config address-pool add',
      RG,
      lbOpt('--lb-name', plan),
      opt('--address-pool', pool),
      ...guessedNic(member, plan.vms),
    ].join(' ');
    out.push(...comment([line], '#'));
  }
  return [...out, ...forwardingLines(plan)];
}

// Appliances forward packets that are not addressed to them, which Azure drops unless the NIC allows IP forwarding.
function forwardingLines(plan: ExportPlan): string[] {
  const vms = [
    ...new Set(
      plan.pools
        .filter((p) => frontendIpHolder(p) === 'appliance')
        .flatMap((p) => p.members.map((m) => (typeof m === 'string' ? m : m.vm))),
    ),
  ];
  if (vms.length === 0) return [];
  return [
    "# The appliance pools' NICs must allow IP forwarding (the NIC names are the same GUESSES):",
    ...vms.flatMap((vm) => comment([['az network nic update', RG, opt('--name', `${vm}-nic`), '--ip-forwarding true'].join(' ')], '#')),
  ];
}

/** The guessed `--nic-name` and `--ip-config-name` arguments for a pool member or NAT target (the Terraform export's names). */
function guessedNic(member: PoolMember, vms: ExportPlan['vms']): string[] {
  const vm = typeof member === 'string' ? member : member.vm;
  return [opt('--nic-name', `${vm}-nic`), opt('--ip-config-name', ipConfigName(member, vms))];
}

// A classic NAT rule's target is associated from the NIC too, so these are commented out for the same reason.
function natTargetLines(plan: ExportPlan): string[] {
  const targets = plan.natRules.filter((n) => n.rule.target !== undefined);
  if (targets.length === 0) return [];
  const out = [
    "# An inbound NAT rule's target VM is set on its NIC as well. The NIC and IP configuration names below are",
    '# GUESSES too: check them with `az network nic list --resource-group "$RESOURCE_GROUP" --output table`, then uncomment.',
  ];
  for (const { rule } of targets) {
    const line = [
      'az network nic ip-config inbound-nat-rule add',
      RG,
      lbOpt('--lb-name', plan),
      opt('--inbound-nat-rule', rule.name),
      ...guessedNic(rule.target!, plan.vms),
    ].join(' ');
    out.push(...comment([line], '#'));
  }
  return out;
}

/**
 * The required variables that stand for placeholder frontend addresses: the script stops at once, before any az
 * command, unless each is set. The name is an identifier (names.ts) and the message fixed words, so nothing expands.
 */
function addressInputs(plan: ExportPlan): string[] {
  if (!plan.internal) return [];
  return plan.frontends.flatMap((f) =>
    f.input === undefined
      ? []
      : [
          ...comment([`The address of the frontend ${JSON.stringify(f.name)} is a placeholder in Floatplan: set the real one.`], '#'),
          `: "\${${cliInputName('frontend', f.input, 0)}:?set the real private address of this frontend before running}"`,
          '',
        ],
  );
}
