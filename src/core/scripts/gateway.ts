// Gateway load balancer: its NVAs receive every flow VXLAN-encapsulated through the backend pool's tunnel interfaces
// (Learn, gateway-overview), so there is no frontend IP to put on a loopback and no floating IP pattern to follow.
// The script for such a VM changes nothing: it says what the appliance must do instead, and a diagnostic says why.
import { SOURCES } from '../diagnostics/diagnostic';
import { messageOf } from '../diagnostics/diagnostic';
import { deliversThroughTunnels } from '../model/tunnel';
import type { LbTopology } from '../topology/schema';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import type { VmPlan } from './plan';
import { asciiText, cmdCommentText, commentText, posixQuote, psQuote } from './quote';
import type { Flavor } from './types';

/**
 * True for a Gateway load balancer: the model's own predicate (the one validation and trace use), so scripts, checks
 * and trace agree on which load balancers deliver through tunnels.
 * @example isGatewayLoadBalancer({ loadBalancer: { sku: 'Gateway' } }) // true
 */
export function isGatewayLoadBalancer(topology: Pick<LbTopology, 'loadBalancer'>): boolean {
  return deliversThroughTunnels(topology);
}

/** A Gateway backend pool's tunnel interface: its traffic type, VXLAN UDP port and VXLAN network identifier (VNI). */
export interface TunnelInterface {
  type: 'Internal' | 'External';
  port: number;
  identifier: number;
}

/**
 * The portal's defaults for a Gateway backend pool ("Internal and External": internal port 10800, identifier 800;
 * external port 10801, identifier 801; Learn tutorial-gateway-portal). The topology does not hold tunnel interfaces
 * yet, so the notice names these and tells the reader to compare them with the pool's `tunnelInterfaces`.
 */
export const DEFAULT_TUNNEL_INTERFACES: readonly TunnelInterface[] = [
  { type: 'Internal', port: 10800, identifier: 800 },
  { type: 'External', port: 10801, identifier: 801 },
];

/** The warning every Gateway script carries: no loopback, the appliance terminates VXLAN tunnels instead. */
export function gatewayDiagnostic(plan: VmPlan): ScriptDiagnostic {
  return scriptDiagnostic(
    'GatewayNoLoopback',
    [{ kind: 'vm', name: plan.vm.name }],
    { key: 'script.GatewayNoLoopback', params: { vm: JSON.stringify(plan.vm.name) } },
    SOURCES.gateway,
  );
}

/** What the appliance must do, in plain lines (the same in every shell). */
export function gatewayInstructions(plan: VmPlan, tunnels: readonly TunnelInterface[] = DEFAULT_TUNNEL_INTERFACES): string[] {
  return [
    'floatplan: Gateway load balancer: this script changes nothing on this VM.',
    '  No frontend IP goes on a loopback: the gateway load balancer hands every flow to the appliance VXLAN-encapsulated.',
    `  The appliance (NIC IP ${plan.vm.nic.ip}) must terminate VXLAN on the backend pool's tunnel interfaces:`,
    ...tunnels.map((t) => `    ${t.type.toLowerCase()}: UDP port ${t.port}, VXLAN identifier (VNI) ${t.identifier}`),
    "  (the portal's defaults; compare them with the pool's tunnelInterfaces: az network lb address-pool show).",
    '  Inspect the inner packet and send it back through the tunnel it came from; keep its addresses unchanged.',
    '  Allow UDP to those ports on the NIC IP in the host firewall, and answer the health probe on the NIC IP.',
    '  NVA vendors configure this in their own product: see its Azure Gateway Load Balancer guide.',
    `  Source: ${SOURCES.gateway}`,
  ];
}

/** The notice script for one VM behind a Gateway load balancer: header comments, the instructions printed, exit 0. */
export function gatewayScript(plan: VmPlan, flavor: Flavor, rollback: boolean, diagnostics: readonly ScriptDiagnostic[]): string {
  const windows = flavor.startsWith('windows');
  const c = flavor === 'windows-netsh' ? cmdCommentText : windows ? asciiText : commentText;
  const header = [
    `Floatplan guest OS ${rollback ? 'ROLLBACK ' : ''}script, flavour ${flavor}, Gateway load balancer`,
    `Topology: ${c(plan.topology)}`,
    `VM: ${c(plan.vm.name)} (os ${plan.vm.os}), NIC ${c(plan.vm.nic.name)} ${plan.vm.nic.ip}`,
    ...diagnostics.map((d) => `${d.severity.toUpperCase()} ${d.code}: ${c(messageOf(d))}`),
  ];
  const lines = rollback
    ? ['floatplan: Gateway load balancer: the configuration script changes nothing, so there is nothing to roll back.']
    : gatewayInstructions(plan);
  if (flavor === 'windows-netsh')
    return [
      '@echo off',
      ...header.map((l) => `REM ${l}`.trimEnd()),
      ...lines.map((l) => `echo(${l.replace(/[%^&|<>"]/g, '_')}`),
      'exit /b 0',
      '',
    ].join('\r\n');
  if (windows)
    return [...header.map((l) => `# ${l}`.trimEnd()), ...lines.map((l) => `Write-Host ${psQuote(l)}`), 'exit 0', ''].join('\r\n');
  return [
    '#!/usr/bin/env bash',
    ...header.map((l) => `# ${l}`.trimEnd()),
    'set -euo pipefail',
    `printf '%s\\n' \\`,
    ...lines.map((l, k) => `  ${posixQuote(l)}${k < lines.length - 1 ? ' \\' : ''}`),
    '',
  ].join('\n');
}
