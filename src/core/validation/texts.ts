import { names, text, type Text, type NameList } from './catalogText';

/** Rules named in a message before "and N more"; the diagnostic's refs still name every one. */
export const MAX_NAMED_RULES = 10;

/**
 * The protocols two rules share, as a text: one name when equal, "Tcp and All" otherwise.
 * @example protocolsText('Tcp', 'Tcp') // 'Tcp'
 */
export function protocolsText(a: string, b: string): Text | string {
  return a === b ? a : text('protocols.two', { a, b });
}

/**
 * The protocols of a colliding set, in the order of its (name-sorted) rules: one, two as a pair, or a list.
 * @example setProtocolsText(['Tcp', 'All', 'Tcp']) // text('protocols.two', { a: 'Tcp', b: 'All' })
 */
export function setProtocolsText(protocols: readonly string[]): Text | NameList | string {
  const distinct = [...new Set(protocols)];
  if (distinct.length <= 2) return protocolsText(distinct[0] ?? '', distinct[1] ?? distinct[0] ?? '');
  return names(distinct);
}

/**
 * The ports of a colliding set: one port, every port (all 0), or the list, which then has 0 (every port) in it.
 * @example setPortText([80, 80], 'backend') // text('backendPort.one', { port: 80 })
 */
export function setPortText(ports: readonly number[], side: 'frontend' | 'backend'): Text {
  const distinct = [...new Set(ports)].sort((a, b) => a - b);
  if (distinct.length === 1 && distinct[0] === 0) return text('port.every');
  if (distinct.length === 1) return text(side === 'backend' ? 'backendPort.one' : 'port.one', { port: distinct[0]! });
  // Sets with several ports exist only around a port-0 (every port) rule, so 0 is always in the list.
  return text(side === 'backend' ? 'backendPort.mixed' : 'port.mixed', { ports: { names: distinct.map(String), ordered: true } });
}

/** "enabled", "disabled" or "mixed", for the floating IP settings of a set of rules. */
export function floatingText(flags: readonly boolean[]): Text {
  const on = flags.filter(Boolean).length;
  return text(on === flags.length ? 'floating.enabled' : on === 0 ? 'floating.disabled' : 'floating.mixed');
}
