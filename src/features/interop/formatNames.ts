import type { ExportFormat } from '../../core/export/types';
import type { ImportFormat } from '../../core/import/types';
import type { messages } from './messages';

type Key = keyof typeof messages.en;

/** The message key naming each import format. */
export const IMPORT_FORMAT_LABEL: Record<ImportFormat, Key> = { arm: 'formatArm', terraform: 'formatTerraform', bicep: 'formatBicep' };

/** The message key naming each export format, in the order the picker shows them. */
export const EXPORT_FORMAT_LABEL: Record<ExportFormat, Key> = {
  azcli: 'exportAzcli',
  arm: 'exportArm',
  bicep: 'exportBicep',
  terraform: 'exportTerraform',
};
