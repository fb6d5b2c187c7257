/** A topology shipped in public/examples/, loadable at run time. */
export interface Preset {
  file: string;
  label: string;
}

/** The shipped presets, in the order the picker lists them. The first one is embedded as the default. */
export const PRESETS: readonly Preset[] = [
  { file: 'type2-floating-ip.json', label: 'Rule type 2: two frontends, floating IP on' },
  { file: 'type1-no-port-reuse.json', label: 'Rule type 1: two frontends, floating IP off' },
  { file: 'sql-always-on.json', label: 'SQL Server Always On listener' },
  { file: 'sap-ascs-ers.json', label: 'SAP ASCS/ERS on a Pacemaker cluster' },
  { file: 'tls-endpoints.json', label: 'Several TLS endpoints on the same VMs' },
  { file: 'nva-ha-ports.json', label: 'Network virtual appliances behind HA ports' },
  { file: 'nva-sandwich.json', label: 'NVA sandwich: a public and an internal load balancer on the same appliances' },
  { file: 'cross-region.json', label: 'Cross-region: a Global load balancer over two regional ones' },
];

/** Where a preset file is served from, honouring Vite's base path. */
export function presetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}examples/${file}`;
}
