/** The English texts of this catalog; the other languages mirror its keys (see messages.ts). */
export const en = {
  example: 'Example',
  exampleHidden: ' topology',
  choose: 'Choose an example…',
  loading: 'Loading {name}…',
  failed: 'Could not load “{name}” ({file}). Still showing {showing}.',
  showingPreset: '“{name}”',
  yourTopology: 'your topology',
  'type2-floating-ip.json': 'Rule type 2: two frontends, floating IP on',
  'type1-no-port-reuse.json': 'Rule type 1: two frontends, floating IP off',
  'sql-always-on.json': 'SQL Server Always On listener',
  'sap-ascs-ers.json': 'SAP ASCS/ERS on a Pacemaker cluster',
  'tls-endpoints.json': 'Several TLS endpoints on the same VMs',
  'nva-ha-ports.json': 'Network virtual appliances behind HA ports',
  'nva-sandwich.json': 'NVA sandwich: a public and an internal load balancer on the same appliances',
  'cross-region.json': 'Cross-region: a Global load balancer over two regional ones',
};
