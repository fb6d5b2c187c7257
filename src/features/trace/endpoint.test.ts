import { describe, expect, it } from 'vitest';
import { readClient, readDestination, readPort } from './endpoint';

describe('trace fields', () => {
  it('reads a client endpoint like the core; empty means the default', () => {
    expect(readClient('')).toEqual({ ok: true, value: undefined });
    expect(readClient(' 203.0.113.5:1234 ')).toEqual({ ok: true, value: '203.0.113.5:1234' });
    expect(readClient('[2001:db8::1]:443')).toEqual({ ok: true, value: '[2001:db8::1]:443' });
    for (const bad of ['203.0.113.5', '203.0.113.5:0', '203.0.113.5:70000', '2001:db8::1:443', 'host:80']) {
      expect(readClient(bad).ok, bad).toBe(false);
    }
  });

  it('reads an HA-ports destination port', () => {
    expect(readPort('')).toEqual({ ok: true, value: undefined });
    expect(readPort('8443')).toEqual({ ok: true, value: 8443 });
    for (const bad of ['0', '65536', '1.5', '-1', 'http']) expect(readPort(bad).ok, bad).toBe(false);
  });
});

describe('destination behind an appliance', () => {
  it('reads ip:port like the client field; empty means the core example address', () => {
    expect(readDestination('')).toEqual({ ok: true, value: undefined });
    expect(readDestination(' 10.1.0.5:443 ')).toEqual({ ok: true, value: '10.1.0.5:443' });
    expect(readDestination('[2001:db8::5]:8443')).toEqual({ ok: true, value: '[2001:db8::5]:8443' });
    for (const bad of ['10.1.0.5', '10.1.0.5:0', '10.1.0.5:70000', 'server:443']) {
      expect(readDestination(bad), bad).toEqual({ ok: false, error: 'badDestination' });
    }
  });
});
