import { isTerraformFile, joinTerraformFiles } from '../../core/import/terraform/files';
import type { SeedFile } from './importDialogStore';
import { readImportText } from './importSize';

/**
 * The files a user chose or dropped together, as one definition: a single file as it is, several .tf files as one
 * Terraform configuration (Terraform reads a directory's files as one), in name order. Undefined when several files
 * are not all .tf: only a Terraform configuration spans files.
 * @example asOneDefinition([{ name: 'variables.tf', text: '…' }, { name: 'main.tf', text: '…' }])?.name // 'main.tf, variables.tf'
 */
export function asOneDefinition(files: readonly SeedFile[]): SeedFile | undefined {
  if (files.length === 1) return files[0];
  if (files.length === 0 || !files.every((f) => isTerraformFile(f.name))) return undefined;
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { name: sorted.map((f) => f.name).join(', '), text: joinTerraformFiles(sorted) };
}

/** Reads the chosen or dropped files' texts, in the order given. */
export function readAll(files: readonly File[]): Promise<SeedFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, text: await readImportText(f) })));
}
