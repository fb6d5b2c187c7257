import { parseEndpoint } from '../../core/net/address';

/** What a text field yields: the value to trace with (undefined = the core's default) or the key of the error to show. */
export type FieldResult<T> = { ok: true; value: T | undefined } | { ok: false; error: 'badClient' | 'badPort' | 'badDestination' };

/**
 * Reads the client endpoint field the way the core does; empty means the core's default client.
 * @example readClient('10.0.0.1') // { ok: false, error: 'badClient' }
 */
export function readClient(raw: string): FieldResult<string> {
  const text = raw.trim();
  if (!text) return { ok: true, value: undefined };
  return parseEndpoint(text) ? { ok: true, value: text } : { ok: false, error: 'badClient' };
}

/**
 * Reads the destination port field of an HA-ports rule; empty means the core's default (443).
 * @example readPort('8443') // { ok: true, value: 8443 }
 */
export function readPort(raw: string): FieldResult<number> {
  const text = raw.trim();
  if (!text) return { ok: true, value: undefined };
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 ? { ok: true, value: port } : { ok: false, error: 'badPort' };
}

/**
 * Reads the destination behind an appliance (ip:port, like the client field); empty means the core's example address.
 * @example readDestination('10.1.0.5') // { ok: false, error: 'badDestination' }
 */
export function readDestination(raw: string): FieldResult<string> {
  const text = raw.trim();
  if (!text) return { ok: true, value: undefined };
  return parseEndpoint(text) ? { ok: true, value: text } : { ok: false, error: 'badDestination' };
}
