import type { ExportFormat } from '../../core/export/types';
import { safeFileName } from '../../lib/fileName';

const SUFFIX: Record<ExportFormat, string> = { azcli: 'azcli.sh', arm: 'json', bicep: 'bicep', terraform: 'tf' };
const MIME: Record<ExportFormat, string> = {
  azcli: 'text/x-shellscript',
  arm: 'application/json',
  bicep: 'text/plain',
  terraform: 'text/plain',
};

/**
 * The download name of an export, from the topology's name (cleaned by safeFileName) and the format's suffix.
 * @example exportFileName('SQL Always On listener', 'azcli') // 'sql-always-on-listener.azcli.sh'
 */
export function exportFileName(topologyName: string, format: ExportFormat): string {
  return safeFileName(topologyName, SUFFIX[format]);
}

/** The MIME type an export is downloaded as. @example exportMimeType('arm') // 'application/json' */
export function exportMimeType(format: ExportFormat): string {
  return MIME[format];
}
