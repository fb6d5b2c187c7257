// The Azure Verified Module for load balancers (avm/res/network/load-balancer) describes the load balancer
// in flat module parameters: rules name their frontend, pool and probe (`frontendIPConfigurationName`, …)
// instead of carrying resource ids. This expands such a module call into the Microsoft.Network/loadBalancers
// resource the module deploys, with the module's own defaults (its main.bicep: a rule's disableOutboundSnat
// defaults to true there, unlike Azure's false; probes default to Tcp 80 every 5 s, 2 probes, and in the newer
// versions threshold 1; outbound rules to 63984 ports, TCP reset on, idle 4).
import type { Node } from 'web-tree-sitter';
import { importDiagnostic, itext } from '../text';
import type { ImportDiagnostic } from '../types';
import type { ModuleSymbol } from './symbols';
import { kids, lineOf, objectEntries } from './syntax';
import { armString, type At, type Env, type Json, NO_ENV } from './armText';
import type { Translator } from './translate';

const REGISTRY = /^br(?:\/public:|:mcr\.microsoft\.com\/bicep\/)avm\/res\/network\/load-balancer(?::|$)/i;
const LB_API = '2024-07-01';
/** Frontend keys only the newer module versions take (their probes default probeThreshold to 1). */
const NEWER_FRONTEND_KEYS = ['subnetResourceId', 'publicIPAddressResourceId', 'publicIPAddressConfiguration', 'publicIPPrefixResourceId'];

type Fields = Map<string, Node>;

/** A place in the generated resource (`arm` + suffix) and the module parameter it comes from (`bicep` + key). */
function site(w: At, armSuffix: string, key?: string): At {
  return { arm: `${w.arm}${armSuffix}`, bicep: key === undefined ? w.bicep : `${w.bicep}.${key}` };
}

function isLocalPath(source: string): boolean {
  return !/^(br|ts)[:/]/i.test(source);
}

function fields(node: Node | undefined, t: Translator, env: Env): { fields: Fields; env: Env } | undefined {
  const lit = node && t.literalNode(node, env);
  if (lit?.node.type !== 'object') return undefined;
  return { fields: new Map(objectEntries(lit.node).map((e) => [e.key, e.value])), env: lit.env };
}

function paramsOf(mod: ModuleSymbol, t: Translator, env: Env): { fields: Fields; env: Env } | undefined {
  return fields(objectEntries(mod.body).find((e) => e.key === 'params')?.value, t, env);
}

/**
 * True for a call of the AVM load-balancer module: from the public registry, or a local file whose
 * parameters have that module's flat shape (`frontendIPConfigurations` plus rules that name their frontend).
 * @example isAvmLoadBalancer(module of "br/public:avm/res/network/load-balancer:0.4.0", t) // true
 */
export function isAvmLoadBalancer(mod: ModuleSymbol, t: Translator): boolean {
  if (REGISTRY.test(mod.source)) return true;
  if (!isLocalPath(mod.source) || !mod.source.toLowerCase().endsWith('.bicep')) return false;
  const params = paramsOf(mod, t, NO_ENV);
  if (!params?.fields.has('frontendIPConfigurations')) return false;
  const rules = params.fields.get('loadBalancingRules');
  if (!rules) return params.fields.has('backendAddressPools') || params.fields.has('probes');
  const list = t.literalNode(rules, params.env);
  if (list?.node.type !== 'array') return false;
  return kids(list.node).every((r) => {
    const f = fields(r, t, list.env)?.fields;
    return f !== undefined && !f.has('properties') && f.has('frontendIPConfigurationName');
  });
}

/** Builds the module's load balancer resource; paths lead back to the module parameters. */
class Expander {
  readonly diagnostics: ImportDiagnostic[] = [];

  constructor(
    private readonly t: Translator,
    private readonly mod: ModuleSymbol,
    private readonly env: Env,
    private readonly lbName: string,
  ) {}

  /** The literal array elements of a parameter; a value not written out here is reported, not guessed. */
  list(params: Fields, key: string): { node: Node; env: Env }[] {
    const node = params.get(key);
    if (!node) return [];
    const lit = this.t.literalNode(node, this.env);
    if (lit?.node.type === 'array') return kids(lit.node).map((n) => ({ node: n, env: lit.env }));
    this.diagnostics.push(
      importDiagnostic(
        'warning',
        'ImportUnresolved',
        itext('bicep.avmNotWritten', { key, symbol: this.mod.symbol, text: node.text.slice(0, 60) }),
        `${this.mod.symbol}.params.${key} (line ${lineOf(node)})`,
      ),
    );
    return [];
  }

  /** A module value at its place in the resource. */
  value(f: Fields, env: Env, key: string, where: At): Json | undefined {
    const node = f.get(key);
    return node ? this.t.json(node, env, where) : undefined;
  }

  /** The frontend and backend pool ids of a load-balancing or inbound NAT rule (both name them the same way). */
  ruleEnds(f: Fields, env: Env, w: At): { frontendIPConfiguration: Json | undefined; backendAddressPool: Json | undefined } {
    return {
      frontendIPConfiguration: this.childId(
        'frontendIPConfigurations',
        f,
        env,
        'frontendIPConfigurationName',
        w,
        '.properties.frontendIPConfiguration',
      ),
      backendAddressPool: this.childId('backendAddressPools', f, env, 'backendAddressPoolName', w, '.properties.backendAddressPool'),
    };
  }

  /** `{ id: resourceId('Microsoft.Network/loadBalancers/<child>', lb, <name>) }` for a `…Name` reference at `armSuffix`. */
  childId(child: string, f: Fields, env: Env, key: string, w: At, armSuffix: string): Json | undefined {
    const node = f.get(key);
    if (!node) return undefined;
    this.t.paths.record(site(w, armSuffix, key), node);
    this.t.paths.record(site(w, `${armSuffix}.id`, key), node);
    const id = `[resourceId(${armString(`Microsoft.Network/loadBalancers/${child}`)}, ${this.lbName}, ${this.t.expr(node, env)})]`;
    this.t.paths.expression(id, node.text);
    return { id };
  }

  /** Each element of a parameter array, built by `build` with its own paths. */
  /** The entry's property `key`, written as the module field of the same name. */
  prop(f: Fields, env: Env, w: At, key: string): Json | undefined {
    return this.value(f, env, key, site(w, `.properties.${key}`, key));
  }

  /** An entry: its name and its `properties`, with the unset ones left out. */
  named(f: Fields, env: Env, w: At, properties: { [k: string]: Json | undefined }): { [k: string]: Json } {
    return compact({ name: this.value(f, env, 'name', site(w, '.name', 'name')), properties: compact(properties) });
  }

  each(params: Fields, key: string, armBase: string, build: (f: Fields, env: Env, w: At) => { [k: string]: Json }): Json[] {
    return this.list(params, key).map((el, i) => {
      const w = { arm: `${armBase}.${key}[${i}]`, bicep: `${this.mod.symbol}.params.${key}[${i}]` };
      this.t.paths.record(w, el.node);
      // The module's elements are flat: what ARM nests under `properties` is a direct key of the element.
      this.t.paths.record(site(w, '.properties'), el.node);
      const f = fields(el.node, this.t, el.env);
      if (!f) return this.t.json(el.node, el.env, w);
      return build(f.fields, f.env, w);
    });
  }
}

function withDefault(value: Json | undefined, fallback: Json): Json {
  return value === undefined ? fallback : value;
}

function compact(o: { [k: string]: Json | undefined }): { [k: string]: Json } {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, Json] => e[1] !== undefined));
}

/**
 * The Microsoft.Network/loadBalancers resource an AVM load-balancer module call deploys (first iteration of
 * a module loop), plus notes on what was assumed.
 * @example avmLoadBalancer(mod, t, 0).resource.properties.loadBalancingRules[0].properties.enableFloatingIP // true
 */
export function avmLoadBalancer(
  mod: ModuleSymbol,
  t: Translator,
  index: number,
): { resource: { [k: string]: Json }; diagnostics: ImportDiagnostic[] } {
  const notes: ImportDiagnostic[] = [];
  const modPath = `${mod.symbol} (line ${lineOf(mod.decl)})`;
  let env: Env = NO_ENV;
  if (mod.loop) {
    const items = t.unrollable(mod.loop, NO_ENV);
    env = items?.[0] ?? t.bindLoop(mod.loop, NO_ENV, `${t.expr(mod.loop.source, NO_ENV)}[0]`, '0');
    const count = items
      ? itext(items.length === 1 ? 'bicep.items.one' : 'bicep.items.many', { n: items.length })
      : itext('bicep.items.each');
    notes.push(
      importDiagnostic(
        'info',
        'ImportIgnored',
        itext('bicep.avmLoop', { symbol: mod.symbol, count, source: mod.loop.source.text }),
        modPath,
      ),
    );
  }
  const params = paramsOf(mod, t, env);
  const arm = `resources[${index}]`;
  const where: At = { arm, bicep: `${mod.symbol}.params` };
  t.paths.record({ arm, bicep: mod.symbol }, mod.decl);
  if (!params) {
    notes.push(importDiagnostic('warning', 'ImportUnresolved', itext('bicep.avmNoParams', { symbol: mod.symbol }), modPath));
  }
  const p = params?.fields ?? new Map<string, Node>();
  const penv = params?.env ?? env;
  const nameNode = p.get('name');
  const lbName = nameNode ? t.expr(nameNode, penv) : armString(`<${mod.symbol}>`);
  const x = new Expander(t, mod, penv, lbName);
  const props = `${arm}.properties`;

  // Module versions that take `…ResourceId` frontend keys also write `probeThreshold: probe.?probeThreshold ?? 1`;
  // the older ones (`subnetId`, `publicIPAddressId`) write only `numberOfProbes`.
  let newerModule = false;
  const frontendIPConfigurations = x.each(p, 'frontendIPConfigurations', props, (f, e, w) => {
    if (NEWER_FRONTEND_KEYS.some((k) => f.has(k))) newerModule = true;
    const ip = x.value(f, e, 'privateIPAddress', site(w, '.properties.privateIPAddress', 'privateIPAddress'));
    const subnetKey = f.has('subnetResourceId') ? 'subnetResourceId' : 'subnetId';
    const subnet = x.value(f, e, subnetKey, site(w, '.properties.subnet.id', subnetKey));
    const pipKey = ['publicIPAddressResourceId', 'publicIPAddressId'].find((k) => f.has(k));
    let publicIp = pipKey ? x.value(f, e, pipKey, site(w, '.properties.publicIPAddress.id', pipKey)) : undefined;
    if (publicIp === undefined && f.has('publicIPAddressConfiguration')) {
      // The module creates this public IP itself; its address is known only after deployment.
      publicIp = `[resourceId('Microsoft.Network/publicIPAddresses', format('{0}-pip', ${lbName}))]`;
    }
    return x.named(f, e, w, {
      privateIPAddress: ip,
      privateIPAddressVersion: withDefault(
        x.value(f, e, 'privateIPAddressVersion', site(w, '.properties.privateIPAddressVersion', 'privateIPAddressVersion')),
        'IPv4',
      ),
      privateIPAllocationMethod: subnet === undefined ? undefined : ip === undefined ? 'Dynamic' : 'Static',
      subnet: subnet === undefined ? undefined : { id: subnet },
      publicIPAddress: publicIp === undefined ? undefined : { id: publicIp },
    });
  });

  const backendAddressPools = x.each(p, 'backendAddressPools', props, (f, e, w) => {
    const addresses = x.value(
      f,
      e,
      'loadBalancerBackendAddresses',
      site(w, '.properties.loadBalancerBackendAddresses', 'loadBalancerBackendAddresses'),
    );
    return compact({
      name: x.value(f, e, 'name', site(w, '.name', 'name')),
      properties: addresses === undefined ? undefined : { loadBalancerBackendAddresses: addresses },
    });
  });

  const loadBalancingRules = x.each(p, 'loadBalancingRules', props, (f, e, w) => {
    const v = (key: string) => x.prop(f, e, w, key);
    return x.named(f, e, w, {
      ...x.ruleEnds(f, e, w),
      probe: x.childId('probes', f, e, 'probeName', w, '.properties.probe'),
      protocol: withDefault(v('protocol'), 'Tcp'),
      frontendPort: v('frontendPort'),
      backendPort: v('backendPort'),
      enableFloatingIP: withDefault(v('enableFloatingIP'), false),
      enableTcpReset: withDefault(v('enableTcpReset'), false),
      idleTimeoutInMinutes: withDefault(v('idleTimeoutInMinutes'), 4),
      loadDistribution: withDefault(v('loadDistribution'), 'Default'),
      disableOutboundSnat: withDefault(v('disableOutboundSnat'), true),
    });
  });

  const probes = x.each(p, 'probes', props, (f, e, w) => {
    const v = (key: string) => x.prop(f, e, w, key);
    const protocol = withDefault(v('protocol'), 'Tcp');
    return x.named(f, e, w, {
      protocol,
      port: withDefault(v('port'), 80),
      intervalInSeconds: withDefault(v('intervalInSeconds'), 5),
      numberOfProbes: withDefault(v('numberOfProbes'), 2),
      // Without probeThreshold the import takes numberOfProbes as the threshold, as for a load balancer resource.
      probeThreshold: newerModule ? withDefault(v('probeThreshold'), 1) : v('probeThreshold'),
      requestPath: typeof protocol === 'string' && protocol.toLowerCase() === 'tcp' ? undefined : v('requestPath'),
    });
  });

  // The module's defaults for a NAT rule (Azure/bicep-registry-modules avm/res/network/load-balancer/main.bicep,
  // module loadBalancer_inboundNATRules): protocol 'Tcp', enableFloatingIP false, enableTcpReset false,
  // idleTimeoutInMinutes 4, backendPort = frontendPort; port ranges and backendAddressPoolName only when written.
  const inboundNatRules = x.each(p, 'inboundNatRules', props, (f, e, w) => {
    const v = (key: string) => x.prop(f, e, w, key);
    return x.named(f, e, w, {
      ...x.ruleEnds(f, e, w),
      protocol: withDefault(v('protocol'), 'Tcp'),
      frontendPort: v('frontendPort'),
      backendPort: withDefault(v('backendPort'), v('frontendPort') ?? null),
      frontendPortRangeStart: v('frontendPortRangeStart'),
      frontendPortRangeEnd: v('frontendPortRangeEnd'),
      enableFloatingIP: withDefault(v('enableFloatingIP'), false),
      enableTcpReset: withDefault(v('enableTcpReset'), false),
      idleTimeoutInMinutes: withDefault(v('idleTimeoutInMinutes'), 4),
    });
  });

  const outboundRules = x.each(p, 'outboundRules', props, (f, e, w) => {
    const fe = x.childId('frontendIPConfigurations', f, e, 'frontendIPConfigurationName', w, '.properties.frontendIPConfigurations[0]');
    return x.named(f, e, w, {
      frontendIPConfigurations: fe === undefined ? undefined : [fe],
      backendAddressPool: x.childId('backendAddressPools', f, e, 'backendAddressPoolName', w, '.properties.backendAddressPool'),
      protocol: withDefault(x.value(f, e, 'protocol', site(w, '.properties.protocol', 'protocol')), 'All'),
      // The module's outboundRulesVar: allocatedOutboundPorts 63984, enableTcpReset true, idleTimeoutInMinutes 4.
      allocatedOutboundPorts: withDefault(x.prop(f, e, w, 'allocatedOutboundPorts'), 63984),
      enableTcpReset: withDefault(x.prop(f, e, w, 'enableTcpReset'), true),
      idleTimeoutInMinutes: withDefault(x.prop(f, e, w, 'idleTimeoutInMinutes'), 4),
    });
  });

  if (isLocalPathModule(mod)) {
    notes.push(importDiagnostic('info', 'ImportIgnored', itext('bicep.avmLocal', { symbol: mod.symbol, source: mod.source }), modPath));
  }
  const sku = compact({
    name: withDefault(x.value(p, penv, 'skuName', site(where, '.sku.name', 'skuName')), 'Standard'),
    tier: x.value(p, penv, 'skuTier', site(where, '.sku.tier', 'skuTier')),
  });
  const resource = compact({
    type: 'Microsoft.Network/loadBalancers',
    apiVersion: LB_API,
    name: nameNode ? t.json(nameNode, penv, { arm: `${arm}.name`, bicep: `${mod.symbol}.params.name` }) : `<${mod.symbol}>`,
    location: x.value(p, penv, 'location', { arm: `${arm}.location`, bicep: `${mod.symbol}.params.location` }),
    sku,
    properties: compact({
      frontendIPConfigurations,
      backendAddressPools,
      loadBalancingRules,
      probes,
      inboundNatRules: inboundNatRules.length > 0 ? inboundNatRules : undefined,
      outboundRules: outboundRules.length > 0 ? outboundRules : undefined,
    }),
  });
  return { resource, diagnostics: [...notes, ...x.diagnostics] };
}

function isLocalPathModule(mod: ModuleSymbol): boolean {
  return !REGISTRY.test(mod.source);
}
