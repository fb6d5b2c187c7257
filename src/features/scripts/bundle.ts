import { safeFileStem, uniqueFileName } from '../../core/files/fileName';
import { eachDesignScript } from '../../core/scripts/designScripts';
import type { ScriptResult } from '../../core/scripts/types';
import type { Topology } from '../../core/topology/schema';

/** One file of the "download all" zip. */
export interface BundleEntry {
  name: string;
  text: string;
  /** Shell scripts get the executable bit in the zip, so `unzip` gives something `./` can run. */
  executable: boolean;
}

/**
 * The zip's file list from the core's results: scripts that were refused (error diagnostics, no text) are left
 * out, and names that collide after sanitising (e.g. VMs "a b" and "a_b") get a numbered suffix.
 * @example bundleEntries(generateAll(t)).map((e) => e.name) // ['VM1.windows-powershell.ps1', ...]
 */
export function bundleEntries(results: readonly ScriptResult[]): BundleEntry[] {
  const used = new Set<string>();
  return results
    .filter((r) => r.text !== '')
    .map((r) => {
      const name = uniqueFileName(r.fileName, used);
      used.add(name.toLowerCase());
      return { name, text: r.text, executable: r.fileName.endsWith('.sh') };
    });
}

/** The results the core refused to write, so the UI can say which scripts the zip lacks. */
export function refusedScripts(results: readonly ScriptResult[]): string[] {
  return results.filter((r) => r.text === '').map((r) => r.fileName);
}

/**
 * The zip's file name, from the topology's name.
 * @example bundleFileName('Two frontends') // 'Two_frontends.scripts.zip'
 */
export function bundleFileName(topologyName: string): string {
  return `${safeFileStem(topologyName)}.scripts.zip`;
}

/**
 * Everything "Download all" needs: each VM's script and rollback in its default flavour, from the core, once per VM:
 * a VM behind several load balancers gets one script that holds every frontend IP of all of them (eachDesignScript).
 */
export function allScripts(topology: Topology, persist: boolean): { fileName: string; entries: BundleEntry[]; refused: string[] } {
  const results = [...eachDesignScript(topology, { persist })];
  return { fileName: bundleFileName(topology.name), entries: bundleEntries(results), refused: refusedScripts(results) };
}
