/** The words of the draw.io and Mermaid diagrams of a topology, in English (the CLI prints these by default). */
export const chartEn = {
  'label.frontend': 'Frontend {name}',
  'label.rule': 'Rule {name}',
  'label.natRule': 'Inbound NAT rule {name}',
  'label.backendPool': 'Backend pool {name}',
  'label.vm': 'VM {name}',
  'label.probe': 'Health probe {name}',
  floatingOn: 'floating IP on',
  floatingOff: 'floating IP off',
  haPorts: 'HA ports',
  'holder.every-member': 'every member holds the IP',
  'holder.cluster-windows': 'WSFC cluster',
  'holder.cluster-pacemaker': 'Pacemaker cluster',
  'holder.appliance': 'Appliance',
  title: 'Load balancer {name}',
};
