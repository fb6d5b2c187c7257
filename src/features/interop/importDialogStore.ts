import { create } from 'zustand';

/** A file handed to the dialog (chosen in it, or dropped on the window). */
export interface SeedFile {
  name: string;
  text: string;
}

interface ImportDialogState {
  /** Bumped on every opening, so each opening starts from a fresh form. */
  opening: number;
  open: boolean;
  seed: SeedFile | undefined;
}

/** Whether the Import dialog is open, and with which file; outside the undo history. */
export const useImportDialogStore = create<ImportDialogState>()(() => ({ opening: 0, open: false, seed: undefined }));

/** Opens the Import dialog, empty or with a file's text loaded. */
export function openImportDialog(seed?: SeedFile): void {
  useImportDialogStore.setState((s) => ({ opening: s.opening + 1, open: true, seed }));
}

/** Closes the Import dialog; nothing it held is kept. */
export function closeImportDialog(): void {
  useImportDialogStore.setState({ open: false, seed: undefined });
}
