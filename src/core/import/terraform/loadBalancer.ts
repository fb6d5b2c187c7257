// The load balancer and its children: frontends, pools, probes, rules, classic NAT rules; port-range NAT rules,
// NAT pools and outbound rules are named as not modelled.
import type { BackendPool, Frontend, InboundNatRule, LoadBalancer, OutboundRule, Probe, Rule } from '../../topology/schema';
import { readOutboundRules } from './outboundRules';
import { contextOf, type Evaluator, type Instance } from './evaluate';
import type { Findings } from './findings';
import type { DefaultAddresses } from '../defaultAddresses';
import { itext, nounText, type ImportKind, type ImportText } from '../text';
import { explainText, Reader } from './reader';
import { ResourceRef, Unknown } from './values';
import { CHAIN, frontendRef, tierOf } from './gateway';

const NOT_MODELLED: Record<string, ImportText> = {
  // Azure: NAT pools are for scale sets and exclusive with NAT rules; the planner's unit is one VM IP configuration.
  azurerm_lb_nat_pool: itext('tf.what.natPool'),
  // azurerm_lb_outbound_rule is read (outboundRules.ts).
};

/** Azure's spelling of an enum value written in any case (`"tcp"` → `"Tcp"`), or the text as written. */
export function canonical(text: string, values: readonly string[]): string {
  return values.find((v) => v.toLowerCase() === text.trim().toLowerCase()) ?? text;
}

/** Context shared by the readers of one import. */
export interface LbContext {
  evaluator: Evaluator;
  findings: Findings;
  addresses: DefaultAddresses;
  /** Planned public frontend addresses by frontend name (from Floatplan's own export). */
  plannedAddresses: ReadonlyMap<string, string>;
  /** Every resource instance by address. */
  byAddress: ReadonlyMap<string, Instance>;
}

/** The load balancer with what hangs off it, plus the names by address for resolving references. */
export interface LbParts {
  loadBalancer: LoadBalancer;
  frontends: Frontend[];
  pools: { address: string; pool: BackendPool }[];
  probes: Probe[];
  rules: Rule[];
  /** Classic NAT rules by resource address; their targets come from NIC associations (network.ts). */
  natRules: { address: string; rule: InboundNatRule }[];
  /** The load balancer's outbound rules (outboundRules.ts). */
  outboundRules: OutboundRule[];
}

const reader = (ctx: LbContext, i: Instance) => new Reader(ctx.evaluator, ctx.findings, i);

/**
 * Reads the chosen `azurerm_lb` and every child resource that points at it.
 * @example readLoadBalancer(lb, instances, ctx).rules[0].floatingIp // false when not set
 */
export function readLoadBalancer(lb: Instance | undefined, instances: readonly Instance[], ctx: LbContext): LbParts {
  const { findings } = ctx;
  const belongs = (i: Instance): boolean => {
    const r = reader(ctx, i);
    const ref = r.ref('loadbalancer_id');
    if (!lb || !(ref instanceof ResourceRef) || ref.address === lb.address) return true;
    findings.warn(
      'ImportIgnored',
      itext('tf.otherLb', { address: i.address, other: ref.address, lb: lb.address }),
      r.path('loadbalancer_id'),
    );
    return false;
  };
  const children = (type: string) => instances.filter((i) => i.type === type && belongs(i));

  const lbReader = lb ? reader(ctx, lb) : undefined;
  const frontends: Frontend[] = [];
  const kinds: ('Public' | 'Internal')[] = [];
  // False when a dynamic block whose for_each is unknown stands for any number of frontends.
  let frontendsKnown = true;
  for (const [n, f] of (lbReader?.blocks('frontend_ip_configuration') ?? []).entries()) {
    if (f.unexpanded) frontendsKnown = false;
    const name = f.name('frontend', `<frontend-${n + 1}>`);
    const publicIp = f.ref('public_ip_address_id');
    if (publicIp) {
      kinds.push('Public');
      const chain = frontendRef(f, CHAIN, itext('ref.frontendChain', { name }), ctx);
      frontends.push({ name, ip: publicAddress(f, name, publicIp, ctx), ...(chain && { gatewayLoadBalancer: chain }) });
      continue;
    }
    kinds.push('Internal');
    const subnet = f.value('subnet_id');
    if (subnet instanceof Unknown)
      findings.info(
        'ImportUnresolved',
        itext('tf.subnet', { path: f.path('subnet_id'), expression: subnet.expression, reason: subnet.reasonText }),
        f.path('subnet_id'),
      );
    const v6 = (f.text('private_ip_address_version').text ?? '').toLowerCase() === 'ipv6';
    const t = f.text('private_ip_address');
    let ip = t.text;
    if (!ip) {
      ip = v6 ? ctx.addresses.privateFrontend6() : ctx.addresses.privateFrontend();
      if (t.unknown)
        findings.warn(
          'ImportUnresolved',
          itext('tf.frontendIpUnresolved', { path: f.path('private_ip_address'), hint: explainText(t.unknown), name, ip }),
          f.path('private_ip_address'),
        );
      else
        findings.info(
          'ImportDefaultUsed',
          itext('tf.frontendIpDynamic', { name, allocation: f.text('private_ip_address_allocation').text ?? 'Dynamic', ip }),
          f.path('private_ip_address'),
        );
    }
    // Azure chains public frontends only; one chained here is kept so the cross-load-balancer checks can say so.
    const chain = frontendRef(f, CHAIN, itext('ref.frontendChain', { name }), ctx);
    frontends.push({ name, ip, ...(chain && { gatewayLoadBalancer: chain }) });
  }
  const type = kinds[0] ?? 'Public';
  if (kinds.some((k) => k !== type))
    findings.warn('ImportInvalid', itext('tf.mixed', { address: lb!.address, type }), lbReader!.path('frontend_ip_configuration'));
  if (kinds.length === 0 && lb) findings.info('ImportDefaultUsed', itext('tf.noFrontends', { address: lb.address }), lb.address);

  const skuText = lbReader?.text('sku').text;
  const sku = skuText ? canonical(skuText, ['Standard', 'Basic', 'Gateway']) : 'Basic';
  if (!skuText && lb) findings.info('ImportDefaultUsed', itext('tf.noSku', { address: lb.address }), lbReader!.path('sku'));
  const loadBalancer: LoadBalancer = {
    name: lbReader ? lbReader.name('load balancer', '<load balancer>') : '<load balancer>',
    sku: sku === 'Standard' || sku === 'Basic' || sku === 'Gateway' ? sku : 'Standard',
    type,
    ...tierOf(lbReader),
  };
  if (skuText && sku !== loadBalancer.sku)
    findings.warn('ImportInvalid', itext('tf.badSku', { path: lbReader!.path('sku'), sku: skuText }), lbReader!.path('sku'));

  const pools = children('azurerm_lb_backend_address_pool').map((i, n) => ({
    address: i.address,
    pool: { name: reader(ctx, i).name('backend pool', `<pool-${n + 1}>`), members: [] },
  }));
  const probeNames = new Map<string, string>();
  const probes = children('azurerm_lb_probe').map((i, n): Probe => {
    const r = reader(ctx, i);
    const name = r.name('probe', `<probe-${n + 1}>`);
    r.owner = itext('owner.probe', { name });
    probeNames.set(i.address, name);
    const threshold = r.int('probe_threshold', 1);
    const legacy = threshold === undefined ? r.int('number_of_probes', 1) : undefined;
    if (legacy !== undefined)
      findings.info('ImportDefaultUsed', itext('tf.numberOfProbes', { name, value: legacy }), r.path('number_of_probes'));
    const requestPath = r.text('request_path').text;
    return {
      name,
      protocol: canonical(r.text('protocol').text ?? 'Tcp', ['Tcp', 'Http', 'Https']),
      port: r.int('port', 0) ?? missing(r, 'port', 0),
      ...(requestPath !== undefined ? { requestPath } : {}),
      ...optional('intervalInSeconds', r.int('interval_in_seconds', 15)),
      ...optional('probeThreshold', threshold ?? legacy),
    };
  });
  const poolNames = new Map(pools.map((p) => [p.address, p.pool.name]));
  // The frontends a rule may name when its own name for one cannot be read: all of them, if the list is complete.
  const frontendNames = frontendsKnown ? frontends.map((f) => f.name) : [];
  const rules = children('azurerm_lb_rule').map((i, n) =>
    readRule(reader(ctx, i), n, poolNames, probeNames, loadBalancer.sku, frontendNames),
  );
  const natRules = children('azurerm_lb_nat_rule').flatMap((i, n) => {
    const rule = readNatRule(reader(ctx, i), n, frontendNames);
    return rule ? [{ address: i.address, rule }] : [];
  });
  for (const i of instances.filter((x) => Object.hasOwn(NOT_MODELLED, x.type))) {
    findings.info('ImportIgnored', itext('tf.notModelled', { address: i.address, what: NOT_MODELLED[i.type]! }), i.address);
  }
  const outboundRules = readOutboundRules(children('azurerm_lb_outbound_rule'), ctx, poolNames);
  return { loadBalancer, frontends, pools, probes, rules, natRules, outboundRules };
}

/** Words for messages about a rule or NAT rule: `the rule "web"` and, to start a sentence, `The rule "web"`. */
interface Owner {
  kind: ImportKind;
  name: string;
}
const owner = (o: Owner, start = false) => itext(start ? 'tf.ownerStart' : 'tf.owner', { kind: nounText(o.kind), name: o.name });

/**
 * The frontend a rule or NAT rule names; when that cannot be read, the load balancer's only frontend (said), else a
 * visible placeholder with a warning that marks it.
 */
function frontendName(r: Reader, o: Owner, frontends: readonly string[]): string {
  const fe = r.text('frontend_ip_configuration_name');
  if (fe.unknown) {
    const path = r.path('frontend_ip_configuration_name');
    if (frontends.length === 1) {
      r.findings.info('ImportDefaultUsed', onlyOne(o, 'frontend', explainText(fe.unknown), frontends[0]!), path);
      return frontends[0]!;
    }
    r.findings.warn(
      'ImportUnresolved',
      itext('tf.frontendUnresolved', {
        owner: owner(o),
        hint: explainText(fe.unknown),
        name: fe.unknown.display,
        kind: nounText(o.kind),
        ...r.what('frontend_ip_configuration_name'),
      }),
      path,
    );
    return fe.unknown.display;
  }
  if (!fe.text)
    r.findings.warn('ImportInvalid', itext('tf.noFrontend', { owner: owner(o, true) }), r.path('frontend_ip_configuration_name'));
  return fe.text ?? '';
}

/** floating_ip_enabled, or the deprecated enable_floating_ip (azurerm 3.x); both set differently is said. */
function floatingIp(r: Reader, o: Owner): boolean | undefined {
  if (
    r.has('floating_ip_enabled') &&
    r.has('enable_floating_ip') &&
    r.bool('floating_ip_enabled', false) !== r.bool('enable_floating_ip', false)
  ) {
    r.findings.warn('ImportInvalid', itext('tf.floatingBoth', { owner: owner(o, true) }), r.path('enable_floating_ip'));
  }
  return r.bool(r.has('floating_ip_enabled') ? 'floating_ip_enabled' : 'enable_floating_ip', false);
}

/** A classic `azurerm_lb_nat_rule`; a port-range one (frontend_port_start/end, backend_address_pool_id) is said and skipped. */
function readNatRule(r: Reader, n: number, frontends: readonly string[]): InboundNatRule | undefined {
  const name = r.name('inbound NAT rule', `<nat-rule-${n + 1}>`);
  r.owner = itext('owner.natRule', { name });
  const v2 = ['frontend_port_start', 'frontend_port_end', 'backend_address_pool_id'].filter((a) => r.has(a));
  if (v2.length > 0) {
    r.findings.info('ImportIgnored', itext('tf.natV2', { address: r.instance.address, attrs: v2.join(', ') }), r.instance.address);
    return undefined;
  }
  const o: Owner = { kind: 'NAT rule', name };
  const frontend = frontendName(r, o, frontends);
  const floating = floatingIp(r, o);
  const tcpReset = tcpResetEnabled(r);
  return {
    name,
    frontend,
    ...protocolAndPorts(r),
    // azurerm's default is false; unlike a load-balancing rule, no DSR workload is expected to need it, so it is not said.
    floatingIp: floating ?? false,
    ...optional('idleTimeoutMinutes', r.int('idle_timeout_in_minutes', 4)),
    ...optional('enableTcpReset', tcpReset),
  };
}

/** A rule's or NAT rule's `tcp_reset_enabled` (azurerm 4) or `enable_tcp_reset` (azurerm 3), false when unreadable. */
function tcpResetEnabled(r: Reader): boolean | undefined {
  return r.bool(r.has('tcp_reset_enabled') ? 'tcp_reset_enabled' : 'enable_tcp_reset', false);
}

/** A rule's or NAT rule's protocol and its two ports, each with a finding when missing. */
function protocolAndPorts(r: Reader): Pick<Rule, 'protocol' | 'frontendPort' | 'backendPort'> {
  return {
    protocol: canonical(r.text('protocol').text ?? missingText(r, 'protocol', 'Tcp'), ['Tcp', 'Udp', 'All']),
    frontendPort: r.int('frontend_port', 0) ?? missing(r, 'frontend_port', 0),
    backendPort: r.int('backend_port', 0) ?? missing(r, 'backend_port', 0),
  };
}

function readRule(
  r: Reader,
  n: number,
  pools: ReadonlyMap<string, string>,
  probes: ReadonlyMap<string, string>,
  sku: string,
  frontends: readonly string[],
): Rule {
  const { findings } = r;
  const name = r.name('rule', `<rule-${n + 1}>`);
  r.owner = itext('owner.rule', { name });
  const frontend = frontendName(r, { kind: 'rule', name }, frontends);

  const poolAttr = r.has('backend_address_pool_ids') ? 'backend_address_pool_ids' : 'backend_address_pool_id';
  const poolRefs = r.refs(poolAttr);
  if (poolRefs.length > 1 && sku !== 'Gateway')
    findings.warn('ImportInvalid', itext('tf.manyPools', { name, count: poolRefs.length }), r.path(poolAttr));
  const backendPool = resolveName(r, poolAttr, poolRefs[0], pools, 'backend pool', name);
  if (poolRefs.length === 0) findings.warn('ImportInvalid', itext('tf.noPool', { name }), r.path('backend_address_pool_ids'));

  const probeRef = r.ref('probe_id');
  const probe = probeRef ? resolveName(r, 'probe_id', probeRef, probes, 'probe', name) : undefined;

  const floating = floatingIp(r, { kind: 'rule', name });
  if (floating === undefined) findings.info('ImportDefaultUsed', itext('tf.floatingDefault', { name }), r.path('floating_ip_enabled'));
  const tcpReset = tcpResetEnabled(r);
  const distribution = r.text('load_distribution').text;
  return {
    name,
    frontend,
    backendPool,
    ...protocolAndPorts(r),
    floatingIp: floating ?? false,
    ...optional('probe', probe),
    ...optional('idleTimeoutMinutes', r.int('idle_timeout_in_minutes', 4)),
    ...optional('enableTcpReset', tcpReset),
    ...(distribution !== undefined ? { loadDistribution: loadDistribution(r, distribution) } : {}),
    ...optional('disableOutboundSnat', r.bool('disable_outbound_snat', false)),
  };
}

function resolveName(
  r: Reader,
  attr: string,
  ref: ResourceRef | Unknown | undefined,
  names: ReadonlyMap<string, string>,
  kind: ImportKind,
  rule: string,
): string {
  if (ref === undefined) return '';
  if (ref instanceof ResourceRef && names.has(ref.address)) return names.get(ref.address)!;
  // An id written out or built as text (`"${azurerm_lb.lb.id}/probes/p59999"`) ends with the child's name.
  const tail = ref instanceof Unknown ? /\/([^/"<>]+)"?$/.exec(ref.expression)?.[1] : undefined;
  if (tail !== undefined && [...names.values()].includes(tail)) {
    r.findings.info(
      'ImportDefaultUsed',
      itext('tf.idAsText', { kind: nounText(kind), rule, expression: ref instanceof Unknown ? ref.expression : '', tail }),
      r.path(attr),
    );
    return tail;
  }
  // Unresolved (not a resource of another load balancer): the only one of its kind is the one meant.
  const only = [...new Set(names.values())];
  if (ref instanceof Unknown && only.length === 1) {
    r.findings.info('ImportDefaultUsed', onlyOne({ kind: 'rule', name: rule }, kind, explainText(ref), only[0]!), r.path(attr));
    return only[0]!;
  }
  const placeholder = ref instanceof Unknown ? ref.display : `<${ref.address}>`;
  const why = ref instanceof Unknown ? explainText(ref) : itext('tf.notOfLb', { address: ref.address, kind: nounText(kind) });
  r.findings.warn(
    'ImportUnresolved',
    itext('tf.refUnresolved', { kind: nounText(kind), rule, why, placeholder, ...r.what(attr) }),
    r.path(attr),
  );
  return placeholder;
}

/** "The frontend of the rule "r": why. The load balancer has only one frontend, "fe", so that one is used." */
function onlyOne(o: Owner, kind: ImportKind, why: ImportText, name: string): ImportText {
  return itext('tf.ref.onlyOne', { owner: owner(o), kind: nounText(kind), why, name });
}

function loadDistribution(r: Reader, text: string): NonNullable<Rule['loadDistribution']> {
  // azurerm also accepts the portal's names for the same modes.
  const aliases: Record<string, NonNullable<Rule['loadDistribution']>> = {
    default: 'Default',
    sourceip: 'SourceIP',
    sourceipprotocol: 'SourceIPProtocol',
    none: 'Default',
    'client ip': 'SourceIP',
    'client ip and protocol': 'SourceIPProtocol',
  };
  const v = aliases[text.trim().toLowerCase()];
  if (v) return v;
  r.findings.warn('ImportInvalid', itext('tf.badDistribution', { path: r.path('load_distribution'), text }), r.path('load_distribution'));
  return 'Default';
}

function publicAddress(f: Reader, name: string, ref: ResourceRef | Unknown, ctx: LbContext): string {
  const planned = ctx.plannedAddresses.get(name);
  if (planned) return planned;
  const pip = ref instanceof ResourceRef ? ctx.byAddress.get(ref.address) : undefined;
  const v6 = pip !== undefined && String(ctx.evaluator.value(pip.body.ip_version, contextOf(pip))).toLowerCase() === 'ipv6';
  const ip = v6 ? ctx.addresses.public6() : ctx.addresses.public4();
  const source =
    ref instanceof ResourceRef ? itext('tf.pipResource', { address: ref.address }) : itext('tf.pipOther', { expression: ref.expression });
  ctx.findings.info('ImportDefaultUsed', itext('tf.publicIp', { name, source, ip }), f.path('public_ip_address_id'));
  return ip;
}

function missing(r: Reader, attr: string, placeholder: number): number {
  r.findings.warn('ImportInvalid', itext('tf.required', { path: r.path(attr), placeholder, ...r.what(attr) }), r.path(attr));
  return placeholder;
}

function missingText(r: Reader, attr: string, placeholder: string): string {
  r.findings.warn('ImportInvalid', itext('tf.required', { path: r.path(attr), placeholder }), r.path(attr));
  return placeholder;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
