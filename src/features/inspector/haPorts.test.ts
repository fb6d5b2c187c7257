import { describe, expect, it } from 'vitest';
import { haPortsPatch, portSettingsOf } from './haPorts';

describe('HA ports checkbox', () => {
  it('sets protocol All and ports 0/0', () => {
    expect(haPortsPatch(true, { protocol: 'Udp', frontendPort: 53, backendPort: 53 })).toEqual({
      protocol: 'All',
      frontendPort: 0,
      backendPort: 0,
    });
  });

  it('restores the previous settings when turned off', () => {
    expect(haPortsPatch(false, { protocol: 'Udp', frontendPort: 53, backendPort: 5353 })).toEqual({
      protocol: 'Udp',
      frontendPort: 53,
      backendPort: 5353,
    });
  });

  it('falls back to Tcp 80/80 when there is nothing to restore or the previous was HA ports', () => {
    expect(haPortsPatch(false)).toEqual({ protocol: 'Tcp', frontendPort: 80, backendPort: 80 });
    expect(haPortsPatch(false, { protocol: 'All', frontendPort: 0, backendPort: 0 })).toEqual({
      protocol: 'Tcp',
      frontendPort: 80,
      backendPort: 80,
    });
  });

  it('keeps only the port settings of a rule', () => {
    const rule = { name: 'r', frontend: 'f', backendPool: 'p', protocol: 'Tcp', frontendPort: 1, backendPort: 2, floatingIp: true };
    expect(portSettingsOf(rule)).toEqual({ protocol: 'Tcp', frontendPort: 1, backendPort: 2 });
  });
});
