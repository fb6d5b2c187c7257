/** Import and export's English texts on the first screen (button, tab label, drop hint); the rest: ../messages.en.ts. */
export const en = {
  importButton: 'Import…',
  importButtonTitle: 'Import an ARM template, Terraform or Bicep file that defines a load balancer',
  dialogTitle: 'Import a load balancer definition',
  droppedSeveral:
    'Several files were dropped; they are read together only as the .tf files of one Terraform configuration, so only “{file}” is opened.',
  readFailed: 'Could not read “{file}” ({reason}). Choose it again or paste its text.',
  tooLargeFile: 'it is {size} MB, and Import reads definitions of up to {max} characters, as Azure refuses templates over 4 MB',
  tooLargeText: 'it holds {size} characters, and Import reads definitions of up to {max}, as Azure refuses templates over 4 MB',
  loadFailed: 'Could not load the importer (offline?). Check the connection and try again; your text is kept.',
  cancel: 'Cancel',
  dropHint: 'Drop a topology .json file to open it, or an ARM, Terraform or Bicep file to import it',
  exportTab: 'Export',
};
