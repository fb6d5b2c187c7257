import { text, type DiagnosticText } from '../i18n/diagnosticText';

/**
 * The protocols two rules share, as a text: one name when equal, "Tcp and All" otherwise.
 * @example protocolsText('Tcp', 'Tcp') // 'Tcp'
 */
export function protocolsText(a: string, b: string): DiagnosticText | string {
  return a === b ? a : text('protocols.two', { a, b });
}
