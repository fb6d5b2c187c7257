// Loaded only through loadZip(): static named imports let the bundler keep just fflate's zip writer.
import { zipSync, type Zippable } from 'fflate';
import { scriptFileBytes } from '../../core/scripts/fileBytes';
import type { BundleEntry } from './bundle';

/** Zips the entries into one Blob. */
export function zipBundle(entries: readonly BundleEntry[]): Blob {
  const files: Zippable = {};
  for (const e of entries) {
    // Unix mode bits (os 3) so `unzip` keeps shell scripts executable.
    files[e.name] = [scriptFileBytes(e.name, e.text), { os: 3, attrs: (e.executable ? 0o100755 : 0o100644) << 16 }];
  }
  const bytes = zipSync(files, { level: 9 });
  // zipSync allocates a plain ArrayBuffer; TS 5.9's Blob typing wants that spelled out.
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
