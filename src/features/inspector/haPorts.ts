import { isHaPorts } from '../../core/model/protocol';
import type { Rule } from '../../core/topology/schema';

/** The part of a rule the HA ports checkbox changes. */
export type PortSettings = Pick<Rule, 'protocol' | 'frontendPort' | 'backendPort'>;

const HA_PORTS: PortSettings = { protocol: 'All', frontendPort: 0, backendPort: 0 };
const PLAIN_DEFAULT: PortSettings = { protocol: 'Tcp', frontendPort: 80, backendPort: 80 };

/** The settings to remember before turning HA ports on, so turning it off can restore them. */
export function portSettingsOf(rule: PortSettings): PortSettings {
  return { protocol: rule.protocol, frontendPort: rule.frontendPort, backendPort: rule.backendPort };
}

/**
 * What the HA ports checkbox writes: All 0/0 when on; when off, the settings from before
 * (if they were not HA ports themselves) or Tcp 80/80.
 * @example haPortsPatch(true) // { protocol: 'All', frontendPort: 0, backendPort: 0 }
 */
export function haPortsPatch(on: boolean, previous?: PortSettings): PortSettings {
  if (on) return HA_PORTS;
  return previous && !isHaPorts(previous) ? portSettingsOf(previous) : PLAIN_DEFAULT;
}
