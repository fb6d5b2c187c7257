// What every part of one load balancer is read with: its surroundings (LbContext), its collections, its field
// names and its enums. loadBalancer.ts reads the parts.
import type { FrontendIpHolder, LoadBalancer } from '../../topology/schema';
import { field, isObject, items, type At, type JsonObject } from './access';
import { Findings } from './diagnostics';
import { type NameHint } from './ids';
import { type Resource } from './membership';
import { isUnresolved } from './resolved';
import { itext, nounText, pluralText, type ImportKind, type ImportParam, type ImportText, type PluralKind } from '../text';
import type { DefaultAddresses } from '../defaultAddresses';
import { readString, unresolvedHintText, where } from './placeholders';

/** What the load balancer's surroundings tell: other template resources and Floatplan's own metadata. */
export interface LbContext {
  resources: readonly Resource[];
  findings: Findings;
  addresses: DefaultAddresses;
  /** `metadata.floatplanFrontendAddresses` of a Floatplan export: the planned public addresses. */
  plannedAddresses?: Readonly<Record<string, string>>;
  /** Reads child names out of unresolved resourceId() references. */
  hint?: NameHint;
  /** Where each collection really is, for a load balancer assembled from a fragment's outputs/variables. */
  collectionPaths?: Readonly<Record<string, string>>;
  /** Elements declared as child resources of their own (Bicep `parent: lb`), per collection, after the inline ones. */
  children?: Readonly<Record<string, readonly At[]>>;
  /** Used when the load balancer has no `sku` (fragments are assembled elsewhere). */
  defaultSku?: LoadBalancer['sku'];
  /** `metadata.floatplanPoolHolders` of a Floatplan export: who holds each pool's frontend IP, stated, not inferred. */
  statedHolders?: ReadonlyMap<string, FrontendIpHolder>;
  /** The guest OS a template parameter names (`osType`: Windows or Linux), for pools whose VMs are elsewhere. */
  declaredOs?: 'windows' | 'linux';
}

const canon = (value: string, allowed: readonly string[]) => allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());

/**
 * The objects of a collection (`probes`, `loadBalancingRules`, …). A collection or element that could not be
 * evaluated is an error (its elements cannot be imported at all), never silently empty.
 */
export function collection(
  o: JsonObject,
  path: string,
  key: string,
  noun: ImportKind & PluralKind,
  ctx: Pick<LbContext, 'findings' | 'collectionPaths' | 'children'>,
): At[] {
  const { findings, collectionPaths: paths } = ctx;
  const found = field(o, path, key);
  const at = paths?.[key] !== undefined ? { value: found.value, path: paths[key] } : found;
  const children = ctx.children?.[key] ?? [];
  if (isUnresolved(at.value)) {
    findings.error(
      'ImportUnresolved',
      itext('arm.collectionUnresolved', { nouns: pluralText(noun), key, hint: unresolvedHintText(at.value) }),
      at.value.path || at.path,
    );
    return [...children];
  }
  return [...items(at), ...children].filter((e, i) => {
    if (isObject(e.value)) return true;
    const why = isUnresolved(e.value) ? unresolvedHintText(e.value) : itext('arm.notAnObject', { value: JSON.stringify(e.value) });
    findings.error('ImportUnresolved', itext('arm.elementInvalid', { noun: nounText(noun), n: i + 1, key, why }), e.path);
    return false;
  });
}

// Field words of `The <field> of <owner>`; property names (frontendPort, probeThreshold, …) stay as they are.
const FIELDS: Readonly<Record<string, ImportText>> = {
  protocol: itext('field.protocol'),
  port: itext('field.port'),
  interval: itext('field.interval'),
  'floating IP setting (enableFloatingIP)': itext('field.floatingIp'),
  'idle timeout': itext('field.idleTimeout'),
  'TCP reset setting': itext('field.tcpReset'),
  'load distribution': itext('field.loadDistribution'),
  'disableOutboundSnat setting': itext('field.disableOutboundSnat'),
};

/** "The protocol of the rule "web"" as a catalog text. */
export function fieldOf(field: string, owner: ImportText): ImportText {
  return itext('arm.fieldOf', { field: Object.hasOwn(FIELDS, field) ? FIELDS[field]! : field, owner });
}

/** A case-normalised enum value; absent → `fallback` silently (Azure's default), unknown/unresolved → `fallback` with a warning. */
export function readEnum<T extends string>(at: At, what: ImportParam, allowed: readonly T[], fallback: T, findings: Findings): T {
  const s = readString(at);
  if (s.text !== undefined) {
    const hit = canon(s.text, allowed) as T | undefined;
    if (hit) return hit;
    findings.warn(
      'ImportInvalid',
      itext('arm.enumInvalid', { what, value: JSON.stringify(s.text), allowed: allowed.join(', '), fallback }),
      at.path,
    );
  } else if (s.unresolved)
    findings.warn('ImportUnresolved', itext('arm.enumUnresolved', { what, hint: unresolvedHintText(s.unresolved), fallback }), where(at));
  return fallback;
}
