// Dispatch for the pools whose frontend IP is not on every member's loopback: one script per holder and flavour.
// checkHolder has already refused the flavours that cannot write a holder, so every case here can.
import { applianceScript, windowsApplianceScript } from './appliance';
import type { ScriptDiagnostic } from './diagnostics';
import type { LinuxFirewall } from './linuxFirewall';
import { modeHeaderLines, type ModeHolder } from './modeHeader';
import { pacemakerScript } from './pacemaker';
import type { VmPlan } from './plan';
import type { Flavor, ScriptFile, ScriptOptions } from './types';
import { windowsClusterScript } from './windowsCluster';

/** The host firewalls each bash flavour drives, as the every-member scripts do (first active one wins). */
export const FLAVOR_FIREWALLS: Record<'ubuntu' | 'rhel' | 'suse' | 'linux-networkd', LinuxFirewall[]> = {
  ubuntu: ['ufw'],
  rhel: ['firewalld'],
  suse: ['firewalld'],
  'linux-networkd': ['ufw', 'firewalld'],
};

/**
 * The cluster tool a flavour's Pacemaker commands use: pcs on RHEL (Microsoft's RHEL guides), crm elsewhere (SUSE's
 * crmsh, which Microsoft's SUSE guides and the SQL Server on Ubuntu tutorial use).
 */
export function clusterTool(flavor: Flavor): 'pcs' | 'crm' {
  return flavor === 'rhel' ? 'pcs' : 'crm';
}

/** The script (and files it writes) for a cluster or appliance VM. */
export function renderMode(
  plan: VmPlan,
  holder: ModeHolder,
  flavor: Flavor,
  r: { rollback: boolean; persist: boolean; diagnostics: readonly ScriptDiagnostic[]; options: ScriptOptions },
): { text: string; files: ScriptFile[] } {
  const windows = flavor.startsWith('windows');
  const header = modeHeaderLines({
    plan,
    holder,
    flavor,
    rollback: r.rollback,
    persist: r.persist,
    diagnostics: r.diagnostics,
    nodeOnly: windows ? '-NodeOnly' : '--node-only',
  });
  const firewalls = windows ? [] : FLAVOR_FIREWALLS[flavor as keyof typeof FLAVOR_FIREWALLS];
  switch (holder) {
    case 'cluster-windows':
      return {
        text: windowsClusterScript({
          plan,
          header,
          rollback: r.rollback,
          clusterNetwork: r.options.clusterNetwork,
          ipResources: r.options.ipResources ?? {},
        }),
        files: [],
      };
    case 'cluster-pacemaker':
      return pacemakerScript({
        plan,
        header,
        tool: clusterTool(flavor),
        firewalls,
        persist: r.persist,
        rollback: r.rollback,
        groups: r.options.clusterGroups ?? {},
      });
    case 'appliance':
      return windows
        ? { text: windowsApplianceScript({ plan, header, rollback: r.rollback }), files: [] }
        : applianceScript({ plan, header, firewalls, persist: r.persist, rollback: r.rollback });
  }
}
