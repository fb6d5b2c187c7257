import type { ExportFormat } from '../../core/export/types';
import { MAX_FILE_STEM } from '../../core/files/fileName';
import { safeFileName } from '../../lib/fileName';

const SUFFIX: Record<ExportFormat, string> = { azcli: 'azcli.sh', arm: 'json', bicep: 'bicep', terraform: 'tf' };
const MIME: Record<ExportFormat, string> = {
  azcli: 'text/x-shellscript',
  arm: 'application/json',
  bicep: 'text/plain',
  terraform: 'text/plain',
};

/**
 * The download name of an export, from the topology's name (cleaned by safeFileName), the load balancer's when it
 * is one of several, and the format's suffix.
 * @example exportFileName('SQL Always On listener', 'azcli') // 'sql-always-on-listener.azcli.sh'
 */
export function exportFileName(topologyName: string, format: ExportFormat, loadBalancer?: string): string {
  if (loadBalancer === undefined) return safeFileName(topologyName, SUFFIX[format]);
  // One load balancer of several: its name is kept (up to half the length) and the topology's name is cut first,
  // so two load balancers' files never get the same name.
  const lb = stem(safeFileName(loadBalancer, 'x', 'lb')).slice(0, MAX_FILE_STEM / 2);
  const topology = stem(safeFileName(topologyName, 'x')).slice(0, MAX_FILE_STEM - lb.length - 1);
  return safeFileName(`${topology} ${lb}`, SUFFIX[format]);
}

// A name made with the suffix `x`, without it.
const stem = (name: string) => name.slice(0, -'.x'.length);

/** The MIME type an export is downloaded as. @example exportMimeType('arm') // 'application/json' */
export function exportMimeType(format: ExportFormat): string {
  return MIME[format];
}
