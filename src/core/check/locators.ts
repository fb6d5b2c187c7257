// Where an element or an importer's path is, per source language (docs/check.md, "Locations").
import type { ElementKind } from '../diagnostics/diagnostic';
import type { ElementOrigin } from '../import/origins';
import { lbViews } from '../topology/design';
import type { LbTopology, Topology } from '../topology/schema';
import { JsonLocator } from './jsonLocate';
import { LineIndex } from './position';
import { TerraformLocator, type TerraformFile } from './terraformLocate';
import type { Place } from './types';

/** Finds places in one input: of an element, of an importer's path, and the place of last resort. */
export interface SourceLocator {
  /** The element's place, if the input says where it is. */
  element(kind: ElementKind, name: string): Place | undefined;
  /** The place of an import diagnostic's path (JSON path, Terraform address, Bicep `… (line N)`). */
  path(path: string): Place | undefined;
  /** The load balancer's place, else line 1 of the file. */
  fallback(): Place;
}

const key = (kind: ElementKind, name: string) => `${kind}\0${name}`;

/** Places of elements, found when first asked for (most elements of a large file have no finding). */
function byElement(
  origins: readonly ElementOrigin[],
  place: (o: ElementOrigin) => Place | undefined,
): (kind: ElementKind, name: string) => Place | undefined {
  const first = new Map<string, ElementOrigin>();
  for (const o of origins) if (!first.has(key(o.kind, o.name))) first.set(key(o.kind, o.name), o);
  const found = new Map<string, Place | undefined>();
  return (kind, name) => {
    const k = key(kind, name);
    if (!found.has(k)) {
      const o = first.get(k);
      found.set(k, o && place(o));
    }
    return found.get(k);
  };
}

function locator(
  file: string,
  origins: readonly ElementOrigin[],
  element: (kind: ElementKind, name: string) => Place | undefined,
  path: (p: string) => Place | undefined,
): SourceLocator {
  const lb = origins.find((o) => o.kind === 'loadBalancer');
  return {
    element,
    path,
    fallback: () => (lb && element('loadBalancer', lb.name)) ?? { file, line: 1, column: 1 },
  };
}

/**
 * ARM JSON (templates, REST and `az` output): element origins are JSON paths into the text.
 * @example armLocator('lb.json', text, result.origins ?? []).element('rule', 'web') // { file: 'lb.json', line: 31, column: 11 }
 */
export function armLocator(file: string, text: string, origins: readonly ElementOrigin[]): SourceLocator {
  const json = new JsonLocator(text);
  const at = (p: string) => {
    const pos = json.locate(p);
    return pos && { file, ...pos };
  };
  return locator(
    file,
    origins,
    byElement(origins, (o) => at(o.path)),
    at,
  );
}

/** Bicep: element origins carry their line; import paths end in `(line N)`. */
export function bicepLocator(file: string, text: string, origins: readonly ElementOrigin[]): SourceLocator {
  const index = new LineIndex(text);
  const line = (n: number): Place => ({ file, ...index.line(n) });
  return locator(
    file,
    origins,
    byElement(origins, (o) => (o.line !== undefined ? line(o.line) : undefined)),
    (p) => {
      const m = /\(line (\d+)\)$|^line (\d+), column (\d+)/.exec(p);
      if (!m) return undefined;
      return m[1] !== undefined ? line(Number(m[1])) : { file, line: Number(m[2]), column: Number(m[3]) };
    },
  );
}

/** Terraform: element origins and import paths are addresses, found in the configuration's files. */
export function terraformLocator(files: readonly TerraformFile[], origins: readonly ElementOrigin[]): SourceLocator {
  const tf = new TerraformLocator(files);
  const at = (p: string): Place | undefined => tf.locate(p);
  return locator(
    files[0]?.name ?? '',
    origins,
    byElement(origins, (o) => at(o.path)),
    at,
  );
}

const COLLECTIONS: readonly [ElementKind, string, (t: LbTopology) => readonly { name: string }[] | undefined][] = [
  ['frontend', 'frontends', (t) => t.frontends],
  ['backendPool', 'backendPools', (t) => t.backendPools],
  ['probe', 'probes', (t) => t.probes],
  ['rule', 'rules', (t) => t.rules],
  ['natRule', 'inboundNatRules', (t) => t.inboundNatRules],
];

/**
 * The origins of a Floatplan topology file's elements, each tagged with its load balancer: `loadBalancers[1].rules[2]`
 * in a version 2 file, `rules[2]` and `loadBalancer` in a version 1 file (`v1`), `vms[0]` in both.
 */
export function topologyOrigins(topology: Topology, v1 = false): ElementOrigin[] {
  const out: ElementOrigin[] = [];
  lbViews(topology).forEach((view, i) => {
    const loadBalancer = view.loadBalancer.name;
    const base = v1 ? '' : `loadBalancers[${i}]`;
    out.push({ kind: 'loadBalancer', name: loadBalancer, path: v1 ? 'loadBalancer' : base, loadBalancer });
    for (const [kind, k, list] of COLLECTIONS)
      (list(view) ?? []).forEach((e, j) => out.push({ kind, name: e.name, path: `${base ? `${base}.` : ''}${k}[${j}]`, loadBalancer }));
  });
  topology.vms.forEach((vm, i) => out.push({ kind: 'vm', name: vm.name, path: `vms[${i}]` }));
  return out;
}
