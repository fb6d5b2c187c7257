/** A node's badges and notes, shared by the canvas and its vector SVG (features/canvas/messages.en.ts). */
export const nodeBadgesEn = {
  floatingOn: 'Floating IP on',
  floatingOff: 'Floating IP off',
  haPorts: 'HA ports',
  'members.one': '1 member',
  'members.other': '{n} members',
  'holder.cluster-windows': 'WSFC cluster',
  'holder.cluster-pacemaker': 'Pacemaker cluster',
  'holder.appliance': 'Appliance',
  'errors.one': '1 error',
  'errors.other': '{n} errors',
  'warnings.one': '1 warning',
  'warnings.other': '{n} warnings',
} as const;

/** The words of the canvas as a vector SVG, in English (the CLI and the app's Export SVG print these). */
export const canvasSvgEn = {
  title: 'Floatplan canvas: {name}',
  desc: 'Load balancer {lb}: {nodes} elements and {wires} wires, with their errors and warnings.',
  descDesign: 'Load balancers {lbs}: {nodes} elements and {wires} wires, each load balancer in its frame, with their errors and warnings.',
  'kind.frontend': 'frontend',
  'kind.rule': 'rule',
  'kind.natRule': 'inbound NAT rule',
  'kind.backendPool': 'backend pool',
  'kind.vm': 'VM',
  'kind.probe': 'health probe',
  ...nodeBadgesEn,
} as const;
