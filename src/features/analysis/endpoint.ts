import { formatEndpoint } from '../../core/net/address';

/**
 * An address and port as shown in the tables; port 0 (HA ports) reads "all ports".
 * @example endpointLabel('2001:db8::1', 80) // '[2001:db8::1]:80'; endpointLabel('10.0.2.10', 0) // '10.0.2.10, all ports'
 */
export function endpointLabel(ip: string, port: number): string {
  return port === 0 ? `${ip}, all ports` : formatEndpoint(ip, port);
}
