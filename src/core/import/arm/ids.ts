// Sub-resource references. Azure ids are `/…/loadBalancers/<lb>/<childType>/<name>`; templates spell the
// child type in any case (SAP writes `frontendIpConfigurations`), `az` adds `resourceGroup` beside `id`,
// and some templates pass opaque ids as parameters. Resolution: by id, then by bare name, then — when the
// load balancer has exactly one candidate — that one, said in a diagnostic; otherwise left unconnected.
import { isObject, keyOf, type At } from './access';
import type { Findings } from './diagnostics';
import { itext, nounText, pluralText, type ImportKind, type ImportParam, type PluralKind } from '../text';
import { unresolvedHintText } from './placeholders';
import { isUnresolved, type Unresolved } from './resolved';

/** A parsed resource id: `{ type: 'frontendipconfigurations', name: 'fe' }` (type lower-cased, last segment pair). */
export interface IdParts {
  /** Lower-cased type of the last segment pair, e.g. `backendaddresspools`, `networkinterfaces`. */
  type: string;
  name: string;
  /** Lower-cased name of the parent, e.g. the load balancer or the NIC. */
  parent?: string;
  /** The name percent-decoded, when it holds escapes (`web%20pool`); matched only when `name` itself matches nothing. */
  decoded?: string;
}

/**
 * Splits a resource id into its last type/name pair (and parent name). Names may contain anything but `/`.
 * @example parseId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb/probes/p') // { type: 'probes', name: 'p', parent: 'lb' }
 */
export function parseId(id: string): IdParts | undefined {
  const segments = id.split('/').filter((s) => s !== '');
  const providers = segments.findIndex((s) => s.toLowerCase() === 'providers');
  // After providers/<namespace>: type/name pairs. A relative id may start with the namespace (Microsoft.Network/…).
  const pairs = providers >= 0 ? segments.slice(providers + 2) : segments[0]?.includes('.') ? segments.slice(1) : segments;
  if (pairs.length < 2 || pairs.length % 2 !== 0) return undefined;
  const type = pairs[pairs.length - 2]!.toLowerCase();
  // The name as written: resourceId() does not encode names, so `100%` or `a%41` are names, not escapes.
  const name = pairs[pairs.length - 1]!;
  const decoded = decodedName(name);
  const parts: IdParts = pairs.length >= 4 ? { type, name, parent: pairs[pairs.length - 3]!.toLowerCase() } : { type, name };
  return decoded === undefined ? parts : { ...parts, decoded };
}

/** A percent-encoded name (a URL-style id) decoded, when it decodes to something else; never throws on a stray `%`. */
function decodedName(name: string): string | undefined {
  if (!/%[0-9A-Fa-f]{2}/.test(name)) return undefined;
  try {
    const decoded = decodeURIComponent(name);
    return decoded === name ? undefined : decoded;
  } catch {
    return undefined; // `100%` and `%zz` are plain names
  }
}

/** The `id` string of a `{ id }` reference (or a bare string), with where it is. */
export function refId(at: At): At {
  if (isObject(at.value)) {
    const k = keyOf(at.value, 'id');
    return { value: k === undefined ? undefined : at.value[k], path: `${at.path}.${k ?? 'id'}` };
  }
  return at;
}

export interface RefKind {
  /** Lower-cased child type in ids, e.g. `frontendipconfigurations`. */
  childType: string;
  /** Words for messages, e.g. `frontend`. */
  noun: ImportKind & PluralKind;
}

/** An element name that is a placeholder for a name the definition does not give (`<sqlLBBE>`). */
const PLACEHOLDER_NAME = /^<.*>$/;

/**
 * The child name an unresolved reference spells out (`resourceId('…/backendAddressPools', <unknown lb>, 'pool-2')`)
 * when this load balancer has no child of that name: the reference is to another load balancer's child.
 */
export function otherChildName(at: At, kind: RefKind, candidates: readonly string[], hint?: NameHint): string | undefined {
  const id = refId(at).value;
  if (!isUnresolved(id) || !hint) return undefined;
  const named = hint(id, kind);
  if (named === undefined || candidates.some((c) => c.toLowerCase() === named.toLowerCase())) return undefined;
  return candidates.some((c) => PLACEHOLDER_NAME.test(c)) ? undefined : named;
}

export const FRONTEND: RefKind = { childType: 'frontendipconfigurations', noun: 'frontend' };
export const POOL: RefKind = { childType: 'backendaddresspools', noun: 'backend pool' };
export const PROBE: RefKind = { childType: 'probes', noun: 'probe' };
export const NAT_RULE: RefKind = { childType: 'inboundnatrules', noun: 'inbound NAT rule' };

/**
 * The candidate name a reference points at, or "" (unconnected) with a warning. `owner` names the element
 * holding the reference, for messages (e.g. `rule "web"`). `undefined` when there is no reference at all.
 */
export function resolveRef(
  at: At,
  kind: RefKind,
  candidates: readonly string[],
  owner: ImportParam,
  findings: Findings,
  hint?: NameHint,
): string | undefined {
  if (at.value === undefined || at.value === null) return undefined;
  const id = refId(at);
  let why: ImportParam;
  /** A name the reference spells out, when it is known though it matches no candidate. */
  let spelled: string | undefined;
  const noun = nounText(kind.noun);
  if (typeof id.value === 'string') {
    const parts = parseId(id.value);
    const wanted = parts && parts.type === kind.childType ? parts.name : id.value.includes('/') ? undefined : id.value;
    const find = (w: string | undefined) =>
      w === undefined ? undefined : (candidates.find((c) => c === w) ?? candidates.find((c) => c.toLowerCase() === w.toLowerCase()));
    const hit = find(wanted) ?? (parts?.type === kind.childType ? find(parts.decoded) : undefined);
    if (hit !== undefined) return hit;
    spelled = wanted;
    why =
      wanted === undefined
        ? itext('arm.ref.noTarget', { id: JSON.stringify(id.value), noun })
        : itext('arm.ref.noName', { noun, name: JSON.stringify(wanted) });
  } else if (isUnresolved(id.value)) {
    const named = hint?.(id.value, kind);
    const hit = named === undefined ? undefined : candidates.find((c) => c.toLowerCase() === named.toLowerCase());
    if (hit !== undefined) return hit;
    spelled = named;
    why = unresolvedHintText(id.value);
  } else {
    why = itext('arm.ref.noId');
  }
  // The only candidate is taken when nothing known contradicts it: never for a reference that spells out another
  // name (unless the candidate's own name is a placeholder, `<lbFeName>`, which that name may well be).
  const only = candidates.length === 1 ? candidates[0]! : undefined;
  if (only !== undefined && (spelled === undefined || PLACEHOLDER_NAME.test(only))) {
    findings.info('ImportDefaultUsed', itext('arm.ref.onlyOne', { noun, owner, why, name: only }), id.path);
    return only;
  }
  if (only !== undefined) {
    findings.warn('ImportUnresolved', itext('arm.ref.otherName', { noun, owner, wanted: spelled!, name: only }), id.path);
    return '';
  }
  findings.warn(
    'ImportUnresolved',
    itext('arm.ref.many', { noun, owner, why, count: candidates.length, nouns: pluralText(kind.noun) }),
    id.path,
  );
  return '';
}

/** Reads the child name an unresolved reference spells out, when only its parent (the load balancer name) is unknown. */
export type NameHint = (u: Unresolved, kind: RefKind) => string | undefined;
