// Terraform (azurerm) → v1 topology. HCL is parsed by HashiCorp's own parser (WebAssembly); the import
// then evaluates what a file can know on its own and marks everything else with a diagnostic.
import { lbView } from '../../topology/design';
import { loadErrorMessage, loadTopology } from '../../topology/load';
import { FRONTEND_IP_HOLDERS, type FrontendIpHolder, type InboundNatRule, type LbTopology } from '../../topology/schema';
import { inferHolders } from '../holder';
import { withNatTarget } from '../vmMembership';
import { importDiagnostic, importFailure, itext } from '../text';
import { chooseLoadBalancer } from '../choice';
import { countElements, type ImportDiagnostic, type ImportOptions, type ImportOutcome, type ImportSuccess } from '../types';
import { mergeLbs } from '../mergeLbs';
import { uniqueDiagnostics } from '../uniqueDiagnostics';
import { readDocument } from './document';
import { lineColumn, parseJson } from '../arm/json';
import { IMPORT_LIMITS } from '../budget';
import { hclTooDeep } from './depth';
import { isJsonText } from '../detect';
import { locateLine } from './files';
import { Findings } from './findings';
import { tunnelsNotModelled } from './gateway';
import { loadHclParser } from './hclParser';
import { plainHcl } from './plainHcl';
import { readLoadBalancer } from './loadBalancer';
import { DefaultAddresses } from '../defaultAddresses';
import { readNetwork } from './network';
import { readScaleSets } from './scaleSets';
import { withTerraformNsgs } from './nsg';
import { isObject } from './values';
import { expandModules, lbAliases, nameModuleResources, onlyDeclarations } from './modules';
import { terraformOrigins } from './origins';

const LB_CHILDREN = ['azurerm_lb_backend_address_pool', 'azurerm_lb_probe', 'azurerm_lb_rule', 'azurerm_lb_nat_rule'];

/** Locals that Floatplan's own Terraform export writes for what Azure does not hold (docs/import.md). */
export const FLOATPLAN_LOCALS = {
  topology: 'floatplan_topology',
  description: 'floatplan_description',
  frontendAddresses: 'floatplan_frontend_addresses',
  poolHolders: 'floatplan_pool_holders',
} as const;

// Terraform resources that declare a SQL Server availability group or its WSFC cluster.
const SQL_CLUSTER_TYPES = ['azurerm_mssql_virtual_machine_group', 'azurerm_mssql_virtual_machine_availability_group_listener'];

/**
 * "line 3, column 17: Invalid expression; …" from the parser's "parse config: [main.tf:3,17-4,1: Invalid expression; …]".
 * @example parserMessage('parse config: [main.tf:2,7-3,1: Invalid expression; Expected …]') // 'line 2, column 7: Invalid expression; Expected …'
 */
export function parserMessage(raw: string, text = ''): string {
  const inner = raw.replace(/^parse config:\s*\[/, '').replace(/\]\s*$/, '');
  return inner.replace(/[^\s:]+\.tf:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*/g, (_, line: string, column: string) => {
    // In a joined configuration the line is the one of the file it is in.
    const at = locateLine(text, Number(line));
    return `${at.file !== undefined ? `${at.file}, ` : ''}line ${at.line}, column ${column}: `;
  });
}

/**
 * Imports a Terraform configuration (azurerm): every `azurerm_lb` (or the one `options.loadBalancer` names) with its
 * frontends, pools, probes, rules and classic NAT rules, the NICs/VMs that join its pools or NAT rules, and a diagnostic for every value it had to assume.
 * @example const r = await importTerraform(text, { params: { lbprivate_ip_address: '10.0.1.10' } })
 */
export async function importTerraform(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importOne(text, options, true);
}

/**
 * One import; `alone` is false for a load balancer that importEvery joins with the others, whose references to
 * other load balancers are resolved there, against all of them.
 */
async function importOne(text: string, options: ImportOptions, alone: boolean): Promise<ImportOutcome> {
  let parser;
  try {
    parser = await loadHclParser();
  } catch (e) {
    return importFailure('terraform', itext('error.tfParserStart', { detail: e instanceof Error ? e.message : String(e) }));
  }
  let json: Record<string, unknown>;
  if (isJsonText(text)) {
    // Terraform's JSON syntax (`.tf.json`, what CDK for Terraform writes) is the parser's own output shape, with
    // single blocks as objects instead of one-element lists: the reader takes either.
    const parsed = parseJson(text);
    if (!parsed.ok) return importFailure('terraform', parsed.text);
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
      return importFailure('terraform', itext('error.tfJsonShape'));
    json = parsed.value as Record<string, unknown>;
  } else {
    const deep = hclTooDeep(text, IMPORT_LIMITS.depth);
    if (deep !== undefined) {
      const { line, column } = lineColumn(text, deep);
      const at = locateLine(text, line);
      return importFailure(
        'terraform',
        itext('error.tooDeep', { max: IMPORT_LIMITS.depth, line: at.file !== undefined ? `${at.line} of ${at.file}` : at.line, column }),
      );
    }
    try {
      // Plain HCL (an export, most hand-written files) is read in JavaScript; anything else by hcl2json.
      json = plainHcl(text) ?? (await parser.parse('main.tf', text));
    } catch (e) {
      const message = parserMessage(e instanceof Error ? e.message : String(e), text);
      return importFailure('terraform', itext('error.tfSyntax', { detail: message }));
    }
  }
  const findings = new Findings();
  // Load balancer module calls become the resources they create; other modules are named (modules.ts).
  const modules = expandModules(json, text, findings);
  const doc = await readDocument(text, modules.json, parser, options.params ?? {}, findings, options.budget);
  nameModuleResources(doc.instances, modules.addresses);
  const lbs = doc.instances.filter((i) => i.type === 'azurerm_lb');
  const hasChildren = doc.instances.some((i) => LB_CHILDREN.includes(i.type));
  if (lbs.length === 0 && !hasChildren) {
    const declared = onlyDeclarations(json);
    const others = modules.others.map((m) => `${m.address} ("${m.source}")`).join(', ');
    const why = declared ? itext('tfm.onlyDeclarations', declared) : others ? itext('tfm.noLoadBalancer', { modules: others }) : undefined;
    return importFailure('terraform', why ?? itext('error.tfNoLoadBalancer'), [
      importDiagnostic('error', 'ImportNoLoadBalancer', why ?? itext('tf.noLoadBalancer')),
    ]);
  }
  // `azurerm_lb.sql`, or just `sql`: the address is what the user sees in the diagnostics and in the dialog.
  const chosen = chooseLoadBalancer(
    lbs.map((l) => ({ name: l.address, aliases: lbAliases(l.address) })),
    options.loadBalancer,
  );
  if (lbs.length > 0 && !chosen.ok)
    return importFailure('terraform', chosen.error, [importDiagnostic('error', 'ImportNoLoadBalancer', chosen.error)]);
  // Several load balancers and no --lb: each imported on its own, then joined into one topology (mergeLbs).
  if (options.loadBalancer === undefined && lbs.length > 1)
    return importEvery(
      text,
      options,
      lbs.map((l) => l.address),
    );
  const lb = chosen.ok ? lbs[chosen.index] : undefined;
  if (!lb) findings.warn('ImportNoLoadBalancer', itext('tf.lbMissing'));
  for (const other of lbs.filter((l) => l !== lb))
    findings.warn('ImportIgnored', itext('tf.secondLoadBalancer', { other: other.address, lb: lb!.address }), other.address);

  const local = (name: string) => doc.evaluator.value(doc.locals.get(name));
  // A design of several load balancers names each row's load balancer (frontend and pool names repeat across them).
  const ownRow = (row: Record<string, unknown>) => row.load_balancer === undefined || row.load_balancer === lb?.address;
  const plannedRaw = local(FLOATPLAN_LOCALS.frontendAddresses);
  // A list of { frontend, address } (not a map: frontend names may hold characters awkward in HCL keys).
  const plannedAddresses = new Map<string, string>();
  for (const row of Array.isArray(plannedRaw) ? plannedRaw : []) {
    if (isObject(row) && typeof row.frontend === 'string' && typeof row.address === 'string' && ownRow(row))
      plannedAddresses.set(row.frontend, row.address);
  }
  const addresses = new DefaultAddresses();
  const ctx = {
    evaluator: doc.evaluator,
    findings,
    addresses,
    plannedAddresses,
    byAddress: new Map(doc.instances.map((i) => [i.address, i])),
  };
  const parts = readLoadBalancer(lb, doc.instances, ctx);
  tunnelsNotModelled(lb, doc.instances, doc.evaluator, findings);
  const network = readNetwork(doc.instances, doc.evaluator, findings, addresses);
  const known = new Set(parts.pools.map((p) => p.address));
  for (const [address, members] of network.members) {
    if (!known.has(address)) findings.warn('ImportIgnored', itext('tf.membershipElsewhere', { count: members.length, address }), address);
  }
  // Scale sets whose instances join a pool: example VMs, said (scaleSets.ts).
  const scaleSets = readScaleSets(
    doc.instances,
    new Map(parts.pools.map((p) => [p.address, p.pool.name])),
    lb?.address,
    new Set(network.vms.map((v) => v.name)),
    doc.evaluator,
    findings,
    addresses,
  );
  const members = new Map(network.members);
  for (const [address, list] of scaleSets.members) members.set(address, [...(members.get(address) ?? []), ...list]);
  for (const p of parts.pools) {
    if (!members.has(p.address) && !scaleSets.joined.has(p.address) && !network.regional.has(p.address))
      findings.info('ImportDefaultUsed', itext('tf.emptyPool', { name: p.pool.name }), p.address);
  }
  const natAddresses = new Set(parts.natRules.map((n) => n.address));
  for (const address of network.targets.keys()) {
    if (!natAddresses.has(address)) findings.warn('ImportIgnored', itext('tf.natAssociationElsewhere', { address }), address);
  }
  const inboundNatRules = parts.natRules.map(({ address, rule }): InboundNatRule => {
    const target = network.targets.get(address);
    // Said like an empty pool: valid, but the planner has nothing to map until a VM is connected.
    if (target === undefined) findings.info('ImportDefaultUsed', itext('tf.natNoTarget', { name: rule.name }), address);
    return withNatTarget(rule, target);
  });
  for (const name of Object.keys(options.params ?? {})) {
    if (!doc.evaluator.usedVariables.has(name) && !doc.variables.has(name)) {
      const known = [...new Set([...doc.variables.keys(), ...doc.evaluator.usedVariables])].sort();
      findings.warn(
        'ImportIgnored',
        itext('tf.paramUnknown', {
          name,
          known: known.length > 0 ? itext('tf.paramKnown', { list: known.map((v) => `var.${v}`).join(', ') }) : '',
        }),
      );
    }
  }
  const topologyName = local(FLOATPLAN_LOCALS.topology);
  const description = local(FLOATPLAN_LOCALS.description);
  const topology: LbTopology = {
    version: 1,
    name: typeof topologyName === 'string' ? topologyName : parts.loadBalancer.name,
    ...(typeof description === 'string' ? { description } : {}),
    loadBalancer: parts.loadBalancer,
    frontends: parts.frontends,
    backendPools: parts.pools.map((p) => {
      const regionalFrontends = network.regional.get(p.address);
      return { name: p.pool.name, members: members.get(p.address) ?? [], ...(regionalFrontends && { regionalFrontends }) };
    }),
    probes: parts.probes,
    rules: parts.rules,
    // Left out when there are none, so imports of files without NAT rules are what they were before.
    ...(inboundNatRules.length > 0 ? { inboundNatRules } : {}),
    ...(parts.outboundRules.length > 0 ? { outboundRules: parts.outboundRules } : {}),
    vms: [...network.vms, ...scaleSets.vms],
  };
  // Who holds each pool's frontend IP: stated by Floatplan's own export (a list of { pool, holder }), else inferred.
  const statedRaw = local(FLOATPLAN_LOCALS.poolHolders);
  const stated = new Map<string, FrontendIpHolder>();
  for (const row of Array.isArray(statedRaw) ? statedRaw : []) {
    if (isObject(row) && typeof row.pool === 'string' && (FRONTEND_IP_HOLDERS as readonly unknown[]).includes(row.holder) && ownRow(row))
      stated.set(row.pool, row.holder as FrontendIpHolder);
  }
  const sqlCluster = doc.instances.find((i) => SQL_CLUSTER_TYPES.includes(i.type));
  // A Floatplan export (it always writes floatplan_topology) states the holders; any other file gets them inferred.
  const ownExport = doc.locals.has(FLOATPLAN_LOCALS.topology);
  // The configuration's NSGs on the members' path join the topology (core/nsg evaluates them).
  const inferred = inferHolders(withTerraformNsgs(topology, doc.instances, doc.evaluator), {
    forwardingVms: network.forwarding,
    sqlImageVms: network.sqlImage,
    defaultedOsVms: network.defaultedOs,
    ...(ownExport ? { stated } : {}),
    ...(sqlCluster ? { sqlClusterResource: sqlCluster.type } : {}),
  });
  for (const note of inferred.notes) findings.info('ImportDefaultUsed', note, lb?.address);
  // The loader is the gate every topology passes; a failure here is a bug in this importer, said plainly.
  // Alone, its references to load balancers are checked as with several (only itself can be named); with several, there.
  const view = inferred.topology;
  const joined =
    alone && hasRefs(view)
      ? mergeLbs([{ view, name: view.loadBalancer.name, path: lb?.address }], (t, path) => findings.warn('ImportUnresolved', t, path))
      : view;
  const loaded = loadTopology(JSON.stringify(joined));
  if (!loaded.ok) {
    return importFailure(
      'terraform',
      itext('error.tfLoaderRefuses', { detail: loaded.errors.map((e) => loadErrorMessage(e)).join('; ') }),
      findings.list,
    );
  }
  return {
    ok: true,
    format: 'terraform',
    topology: loaded.topology,
    diagnostics: findings.list,
    counts: countElements(loaded.topology),
    origins: terraformOrigins(lb, doc.instances, doc.evaluator, lbView(loaded.topology, 0)),
    ...(chosen.ok ? chosen.choice : {}),
  };
}

/**
 * Every load balancer of a configuration in one v2 topology: each imported as `--lb` would (sharing the VMs by name),
 * its findings kept (but "only this one is imported"), a load balancer named twice going by its address.
 */
async function importEvery(text: string, options: ImportOptions, addresses: readonly string[]): Promise<ImportOutcome> {
  const outcomes: ImportSuccess[] = [];
  for (const address of addresses) {
    const one = await importOne(text, { ...options, loadBalancer: address }, false);
    if (!one.ok) return one;
    outcomes.push(one);
  }
  const views = outcomes.map((o) => lbView(o.topology, 0));
  const own = views.map((v) => v.loadBalancer.name);
  const names = own.map((n, i) => (own.filter((m) => m.toLowerCase() === n.toLowerCase()).length > 1 ? addresses[i]! : n));
  // Each load balancer's import warns about the resources of the others ("belongs to another load balancer", "points at
  // a pool of another one"): here those others are imported too, so only what no imported load balancer holds is news.
  const pools = new Set(outcomes.flatMap((o) => (o.origins ?? []).filter((x) => x.kind === 'backendPool').map((x) => x.path)));
  const importedToo = (d: ImportDiagnostic): boolean => {
    const params = d.text.params ?? {};
    if (d.text.key === 'import.tf.secondLoadBalancer') return true;
    if (d.text.key === 'import.tf.otherLb') return addresses.includes(String(params.other));
    if (d.text.key === 'import.tf.membershipElsewhere') return pools.has(String(params.address));
    return false;
  };
  const diagnostics: ImportDiagnostic[] = outcomes.flatMap((o) => o.diagnostics.filter((d) => !importedToo(d)));
  const merged = mergeLbs(
    views.map((view, i) => ({ view, name: names[i]!, path: addresses[i]! })),
    (t, path) => diagnostics.push(importDiagnostic('warning', 'ImportUnresolved', t, path)),
  );
  const loaded = loadTopology(merged);
  if (!loaded.ok)
    return importFailure(
      'terraform',
      itext('error.tfLoaderRefuses', { detail: loaded.errors.map((e) => loadErrorMessage(e)).join('; ') }),
      diagnostics,
    );
  return {
    ok: true,
    format: 'terraform',
    topology: loaded.topology,
    diagnostics: uniqueDiagnostics(diagnostics),
    counts: countElements(loaded.topology),
    origins: outcomes.flatMap((o, i) => (o.origins ?? []).map((x) => (x.kind === 'vm' ? x : { ...x, loadBalancer: names[i]! }))),
    loadBalancers: addresses,
  };
}

/** True when a load balancer view names another load balancer (a Gateway chain, a Global pool's regional frontends). */
function hasRefs(v: LbTopology): boolean {
  return (
    v.frontends.some((f) => f.gatewayLoadBalancer) ||
    v.backendPools.some((p) => p.regionalFrontends) ||
    v.vms.some((vm) => vm.nic.gatewayLoadBalancer)
  );
}
