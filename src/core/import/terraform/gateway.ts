// Gateway Load Balancer chains and the cross-region (Global) tier, read into format v2's references (as the ARM
// import does, arm/gateway.ts): `sku_tier = "Global"`, `gateway_load_balancer_frontend_ip_configuration_id` on a
// frontend or a NIC's primary ip_configuration, and a Global pool's `backend_address_ip_configuration_id`. A reference
// is read as `azurerm_lb.<label>.frontend_ip_configuration[i].id` (or a literal frontend id); what cannot be read is
// said where it is, and the references are checked against the imported load balancers later (mergeLbs.ts).
import type { FrontendRef, LbTier } from '../../topology/schema';
import { frontendRefOf } from '../mergeLbs';
import { itext, type ImportText } from '../text';
import type { Evaluator, Instance } from './evaluate';
import { Findings } from './findings';
import { Reader } from './reader';
import { ResourceRef, Unknown, type TfValue } from './values';

/** The attribute that chains a frontend or a NIC ip_configuration to a Gateway load balancer's frontend. */
export const CHAIN = 'gateway_load_balancer_frontend_ip_configuration_id';

// `azurerm_lb.gw.frontend_ip_configuration[0].id`, `azurerm_lb.gw[0].frontend_ip_configuration[1].id` (maybe in `${…}`),
// or a load balancer module's `module.gw.azurerm_lb.frontend_ip_configuration[0].id` (the AVM module's output).
const FRONTEND_ID =
  /^\s*(?:\$\{\s*)?(azurerm_lb\.[A-Za-z_][\w-]*(?:\[\d+\])?|module\.[A-Za-z_][\w-]*\.azurerm_lb)\.frontend_ip_configuration\[(\d+)\]\.id\s*\}?\s*$/;

/** The azurerm_lb instance an address names; for a module's output, the one load balancer the module made. */
function lbAt(address: string, ctx: RefContext): Instance | undefined {
  if (!address.startsWith('module.')) return ctx.byAddress.get(address);
  const prefix = address.slice(0, -'azurerm_lb'.length);
  const made = [...ctx.byAddress.values()].filter((i) => i.type === 'azurerm_lb' && i.address.startsWith(prefix));
  return made.length === 1 ? made[0] : undefined;
}

/** How a reference value reads in a message: the resource, the expression, or the id as written. */
function shown(v: TfValue): string {
  if (v instanceof ResourceRef) return `${v.address}.${v.attribute}`;
  if (v instanceof Unknown) return v.expression;
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

/** What the refs of one import need: every instance by address and the evaluator that reads them. */
export interface RefContext {
  evaluator: Evaluator;
  byAddress: ReadonlyMap<string, Instance>;
}

/** The load balancer and frontend names a reference value names (named as the importer names them), or undefined. */
function targetOf(v: TfValue, ctx: RefContext): FrontendRef | undefined {
  if (typeof v === 'string') return frontendRefOf(v);
  if (!(v instanceof Unknown)) return undefined;
  const m = FRONTEND_ID.exec(v.expression);
  const lb = m ? lbAt(m[1]!, ctx) : undefined;
  if (!m || lb?.type !== 'azurerm_lb') return undefined;
  // Read quietly: the target's own import says what is wrong with its names.
  const r = new Reader(ctx.evaluator, new Findings(), lb);
  const n = Number(m[2]);
  const block = r.blocks('frontend_ip_configuration')[n];
  if (!block) return undefined;
  return { loadBalancer: r.name('load balancer', '<load balancer>'), frontend: block.name('frontend', `<frontend-${n + 1}>`) };
}

/**
 * The frontend the attribute `attr` of `r` names, or undefined (absent; or unreadable, which is said as the ARM import says it).
 * @example frontendRef(block, CHAIN, itext('ref.frontendChain', { name: 'fe' }), ctx) // { loadBalancer: 'gw', frontend: 'gw-fe' }
 */
export function frontendRef(r: Reader, attr: string, what: ImportText, ctx: RefContext): FrontendRef | undefined {
  if (!r.has(attr)) return undefined;
  const v = r.value(attr);
  const ref = targetOf(v, ctx);
  if (!ref) r.findings.warn('ImportUnresolved', itext('ref.unreadable', { what, id: shown(v) }), r.path(attr));
  return ref;
}

/** `Global` when `sku_tier` says so (a cross-region load balancer); a regional one has no tier. */
export function tierOf(lb: Reader | undefined): { tier?: LbTier } {
  return lb?.text('sku_tier').text?.trim().toLowerCase() === 'global' ? { tier: 'Global' } : {};
}

/**
 * The Gateway chain of a NIC's primary ip_configuration; a chain on another ip_configuration is said (a NIC of the
 * topology has one chain, on its primary configuration).
 */
export function nicGateway(
  configs: readonly Reader[],
  primary: number,
  nic: string,
  ctx: RefContext,
): { gatewayLoadBalancer?: FrontendRef } {
  let chain: FrontendRef | undefined;
  configs.forEach((c, i) => {
    if (!c.has(CHAIN)) return;
    if (i === primary) chain = frontendRef(c, CHAIN, itext('ref.nicChain', { nic }), ctx);
    else c.findings.warn('ImportIgnored', itext('tfm.nicGatewayChain', { path: c.address, target: shown(c.value(CHAIN)) }), c.path(CHAIN));
  });
  return chain ? { gatewayLoadBalancer: chain } : {};
}

/**
 * Says the VXLAN tunnel interfaces of the chosen load balancer's pools (a Gateway load balancer's), which Floatplan
 * does not keep.
 * @example tunnelsNotModelled(lb, instances, evaluator, findings)
 */
export function tunnelsNotModelled(
  lb: Instance | undefined,
  instances: readonly Instance[],
  evaluator: Evaluator,
  findings: Findings,
): void {
  if (!lb) return;
  for (const p of instances.filter((i) => i.type === 'azurerm_lb_backend_address_pool')) {
    const pr = new Reader(evaluator, findings, p);
    const owner = pr.ref('loadbalancer_id');
    if (owner instanceof ResourceRef && owner.address !== lb.address) continue;
    const tunnels = pr.blocks('tunnel_interface');
    if (tunnels.length === 0) continue;
    const list = tunnels.map((t) => ['type', 'protocol', 'port', 'identifier'].map((a) => t.text(a).text ?? '?').join('/')).join(', ');
    findings.info(
      'ImportIgnored',
      itext('tfm.tunnels', { name: pr.text('name').text ?? p.address, count: tunnels.length, list }),
      `${p.address}.tunnel_interface`,
    );
  }
}
