import type { ExportFormat } from '../../core/export/types';

const SUFFIX: Record<ExportFormat, string> = { azcli: 'azcli.sh', arm: 'json', bicep: 'bicep', terraform: 'tf' };
const MIME: Record<ExportFormat, string> = { azcli: 'text/x-shellscript', arm: 'application/json', bicep: 'text/plain', terraform: 'text/plain' };

/**
 * The download name of an export, from the topology's name: lower case, anything but letters, digits, dots and
 * dashes becomes one dash, at most 60 characters, never empty.
 * @example exportFileName('SQL Always On listener', 'azcli') // 'sql-always-on-listener.azcli.sh'
 */
export function exportFileName(topologyName: string, format: ExportFormat): string {
  const base = topologyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/[.-]+$/, '');
  return `${base || 'topology'}.${SUFFIX[format]}`;
}

/** The MIME type an export is downloaded as. @example exportMimeType('arm') // 'application/json' */
export function exportMimeType(format: ExportFormat): string {
  return MIME[format];
}
