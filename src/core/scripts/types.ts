import type { Vm } from '../topology/schema';
import type { ScriptDiagnostic } from './diagnostics';
import type { ScriptParts } from './scriptParts';

/** The script flavours Floatplan writes; each targets one guest OS family and tool set. */
export const FLAVORS = ['windows-netsh', 'windows-powershell', 'ubuntu', 'rhel', 'suse', 'linux-networkd'] as const;
export type Flavor = (typeof FLAVORS)[number];

/** True for a known flavour name. */
export function isFlavor(s: string): s is Flavor {
  return (FLAVORS as readonly string[]).includes(s);
}

/**
 * The flavour a VM gets unless the user picks one.
 * @example defaultFlavor('rhel') // 'rhel'; defaultFlavor('windows') // 'windows-powershell'
 */
export function defaultFlavor(os: Vm['os']): Flavor {
  switch (os) {
    case 'windows':
      return 'windows-powershell';
    case 'rhel':
      return 'rhel';
    case 'suse':
      // SLES configures its network with wicked (/etc/sysconfig/network/ifcfg-*), not systemd-networkd.
      return 'suse';
    case 'ubuntu':
    case 'debian':
      // The ubuntu flavour finds netplan, ifupdown, NetworkManager or systemd-networkd before it changes anything.
      return 'ubuntu';
    default:
      // Unknown distributions: systemd-networkd is the common denominator we can write for.
      return 'linux-networkd';
  }
}

/** The file extension a flavour's script is saved with. */
export function scriptExtension(flavor: Flavor): '.cmd' | '.ps1' | '.sh' {
  return flavor === 'windows-netsh' ? '.cmd' : flavor === 'windows-powershell' ? '.ps1' : '.sh';
}

/** The only flavours the Learn page shows commands for, so the only ones with a doc-exact form. */
export const DOC_EXACT_FLAVORS: readonly Flavor[] = ['windows-netsh', 'ubuntu'];

export interface ScriptOptions {
  flavor: Flavor;
  /** Write the script that undoes what the configuring script adds. */
  rollback?: boolean;
  /** Reproduce the Learn page's commands literally, /24 mask included (teaching and comparison). */
  docExact?: boolean;
  /** Persist across reboots (netplan, NetworkManager, networkd file, permanent firewall rules). Default true. */
  persist?: boolean;
  /** Loopback prefix length for IPv4 frontend IPs; default 32. A shorter one raises LoopbackPrefixTooWide. */
  prefix4?: number;
  /** Loopback prefix length for IPv6 frontend IPs; default 128. */
  prefix6?: number;
  /** Linux: an address label such as `lo:fp` (IPv4 only, as the kernel allows). */
  label?: string;
  /**
   * Windows: the interface that holds the frontend IPs. Default: the built-in "Loopback Pseudo-Interface 1".
   * With windows-powershell and `installAdapter`, a Microsoft KM-TEST Loopback Adapter of this name is installed if missing.
   */
  windowsLoopback?: string;
  installAdapter?: boolean;
  /** cluster-windows: the cluster network of the IP resources (Get-ClusterNetwork); absent, the script asks for it. */
  clusterNetwork?: string;
  /** cluster-windows: the WSFC IP Address resource per frontend name; a frontend without one is asked for. */
  ipResources?: Readonly<Record<string, string>>;
  /** cluster-pacemaker: the group per frontend name (e.g. the existing ASCS group); default `g-<frontend>`. */
  clusterGroups?: Readonly<Record<string, string>>;
  /**
   * HA-ports rules: open only these protocols and ports in the host firewall instead of every protocol and port
   * (the load balancer forwards all of them; the service listens on a few). Not for appliances, which forward.
   */
  openPorts?: readonly PortSpec[];
}

/** One protocol and port, as `--open-ports tcp/443,udp/53` names it. */
export interface PortSpec {
  protocol: 'tcp' | 'udp';
  port: number;
}

/** A file a persistent script writes, exposed so tests can validate it with the real tool (netplan, networkd). */
export interface ScriptFile {
  path: string;
  mode: string;
  content: string;
}

export interface ScriptResult {
  /** Empty when an error diagnostic stopped generation. */
  text: string;
  /** Suggested file name, e.g. `VM1.ubuntu.sh` or `VM1.ubuntu.rollback.sh`. */
  fileName: string;
  flavor: Flavor;
  files: ScriptFile[];
  diagnostics: ScriptDiagnostic[];
  /**
   * `text` as the part made for this VM and the part shared with the other VMs of its pool (`head + tail === text`),
   * for a writer that writes many scripts (`script --all` encodes each shared tail once); not every flavour has it.
   */
  parts?: ScriptParts;
}

export const DEFAULT_WINDOWS_LOOPBACK = 'Loopback Pseudo-Interface 1';

/** The name a KM-TEST Loopback Adapter installed by the windows-powershell script gets unless the user names it. */
export const DEFAULT_ADAPTER_NAME = 'Floatplan Loopback';
