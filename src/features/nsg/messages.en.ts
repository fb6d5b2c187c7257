/** The English texts of this catalog; the other languages mirror its keys (see messages.ts). */
export const en = {
  intro:
    'A Standard load balancer is closed to inbound traffic unless a network security group (NSG) allows it. These are the inbound rules ' +
    "its traffic needs: with floating IP the NSG sees the frontend IP as the destination, not the VM's NIC IP; health probes come from " +
    'the AzureLoadBalancer service tag (168.63.129.16) to the NIC IP.',
  basic: 'A Basic load balancer is open by default: these rules matter once an NSG is attached to the VMs or their subnet.',
  nothing: 'No rule reaches a VM yet, so no NSG rule is needed. The Diagnostics tab says why.',
  caption: 'Inbound security rules for the NSG {nsg}, associated with the NICs of {vms}',
  perVmCaption: 'The rules each VM needs',
  priority: 'Priority',
  name: 'Name',
  source: 'Source',
  destination: 'Destination',
  ports: 'Ports',
  protocol: 'Protocol',
  for: 'For',
  vm: 'VM',
  rules: 'Rules',
  allPorts: 'all',
  forRule: 'rule {name}',
  forNatRule: 'NAT rule {name}',
  forProbe: 'probe {name}',
  floating: 'floating IP: frontend IP',
  leftOut: '{n} more rules do not fit in the priorities 100–4096: split the load balancer.',
  yoursTitle: 'Your NSGs',
  yoursFine: 'Your NSGs ({names}) let this traffic through.',
  yoursNone: 'The topology has no NSGs of its own. Import a template with NSGs to have them checked.',
  findingsLabel: 'Where your NSGs block the traffic',
  severityWarning: 'Warning',
  exportHint: 'To deploy the NSG, export with the NSG included: floatplan export <file> --format … --nsg.',
};
