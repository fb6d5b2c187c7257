// Terraform of a design of several load balancers: one configuration joining each load balancer's export. The k-th
// load balancer (k ≥ 1) gets the resource label `lb<k>` and its resources' labels the prefix `lb<k>_` (made unique
// with `_2`, `_3`, … where a name already took it: see labelRegistry); the VMs' NICs are written once; the references between load balancers become attribute references (azurerm provider v4:
// `sku_tier`, `gateway_load_balancer_frontend_ip_configuration_id`, `azurerm_lb_backend_address_pool_address`).
import { frontendIpHolder } from '../model/holder';
import type { FrontendRef, LbTopology } from '../topology/schema';
import { regionalAddressNames } from './names';
import { hclString } from './terraform';

/** A top-level block of a configuration: its head line (`resource "T" "x" {`), its lines and the comments above it. */
interface Chunk {
  head: string;
  lines: string[];
  comments: string[];
}

function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let comments: string[] = [];
  let open: Chunk | undefined;
  for (const line of text.split('\n')) {
    if (open) {
      open.lines.push(line);
      if (line === '}') {
        out.push(open);
        open = undefined;
      }
    } else if (line.startsWith('#')) comments.push(line);
    else if (/^\S.*\{$/.test(line)) {
      open = { head: line, lines: [line], comments };
      comments = [];
    }
  }
  return out;
}

const render = (c: Chunk) => [...c.comments, ...c.lines].join('\n');
const resourceOf = (head: string) => /^resource "(\w+)" "(\w+)" \{$/.exec(head);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `key = value` lines re-aligned as `terraform fmt` does, within each run of one-line attributes at one indent. */
function realign(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length;) {
    const m = /^(\s+)(\w+)\s*= /.exec(out[i]!);
    if (!m) {
      i++;
      continue;
    }
    // As `terraform fmt`: a value over several lines stands alone, unaligned.
    const single = (l: string) => new RegExp(`^${m[1]}\\w+\\s*= `).test(l) && !l.endsWith('{') && !l.includes('\n');
    let j = i + 1;
    if (single(out[i]!)) while (j < out.length && single(out[j]!)) j++;
    const rows = out.slice(i, j).map((l) => /^(\s+)(\w+)\s*= ([\s\S]*)$/.exec(l)!);
    const w = Math.max(...rows.map((r) => r[2]!.length));
    rows.forEach((r, k) => (out[i + k] = `${r[1]}${r[2]!.padEnd(w)} = ${r[3]}`));
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Hands out a label of a resource type (`variable` for variables): the one wanted, or with `_2`, `_3`, … when taken. */
type Claim = (type: string, want: string) => string;

// One registry of every label of the configuration: the load balancers' exports each make their labels unique among
// their own, and the prefix `lb<k>_` alone does not keep them apart (a first load balancer's rule `lb1_http` and the
// second's `http`), so every label goes through it.
function labelRegistry(): Claim {
  const taken = new Map<string, Set<string>>();
  return (type, want) => {
    let set = taken.get(type);
    if (!set) taken.set(type, (set = new Set()));
    let label = want;
    for (let n = 2; set.has(label); n++) label = `${want}_${n}`;
    set.add(label);
    return label;
  };
}

const variableOf = (head: string) => /^variable "(\w+)" \{$/.exec(head)?.[1];

/** The first load balancer's configuration, as it is: its labels are claimed first and kept. */
function claimAll(text: string, claim: Claim): string {
  for (const c of chunks(text)) {
    const m = resourceOf(c.head);
    if (m) claim(m[1]!, m[2]!);
    const v = variableOf(c.head);
    if (v !== undefined) claim('variable', v);
  }
  return text;
}

/**
 * The k-th load balancer's configuration (k ≥ 1) with its labels made its own: `azurerm_lb.lb` becomes `lb<k>`,
 * every other resource but the shared NICs gets `lb<k>_`, and a variable of a name already declared with another
 * meaning (a frontend's public IP) gets `_lb<k>`; each through the registry. One pass rewrites the heads and every
 * reference, so a renamed label never meets a label of the same text that was already that name.
 */
function relabel(text: string, k: number, variables: ReadonlyMap<string, Chunk>, claim: Claim): string {
  const own = chunks(text);
  const vars = new Map<string, string>();
  const clashing: string[] = [];
  // Names kept first, so a renamed variable cannot take a name this configuration declares itself.
  for (const c of own) {
    const name = variableOf(c.head);
    if (name === undefined) continue;
    const prior = variables.get(c.head);
    if (prior && render(prior) !== render(c)) clashing.push(name);
    else if (!prior) {
      const got = claim('variable', name);
      if (got !== name) vars.set(name, got);
    }
  }
  for (const name of clashing) vars.set(name, claim('variable', `${name}_lb${k}`));
  const resources = new Map<string, string>();
  for (const c of own) {
    const m = resourceOf(c.head);
    if (!m || m[1] === 'azurerm_network_interface') continue;
    resources.set(`${m[1]}.${m[2]}`, m[1] === 'azurerm_lb' ? `lb${k}` : claim(m[1]!, `lb${k}_${m[2]}`));
  }
  const reference = (code: string) =>
    code
      .replace(/\b(azurerm_\w+)\.(\w+)\b/g, (all, type: string, label: string) => {
        const to = resources.get(`${type}.${label}`);
        return to === undefined ? all : `${type}.${to}`;
      })
      .replace(/\bvar\.(\w+)\b/g, (all, name: string) => (vars.has(name) ? `var.${vars.get(name)!}` : all));
  return text
    .split('\n')
    .map((line) => {
      const head = resourceOf(line);
      if (head) return `resource "${head[1]!}" "${resources.get(`${head[1]!}.${head[2]!}`) ?? head[2]!}" {`;
      const v = variableOf(line);
      if (v !== undefined) return `variable "${vars.get(v) ?? v}" {`;
      // Names are written quoted: only what stands outside a string literal is a reference.
      return line.replace(/("(?:[^"\\\n]|\\.)*")|[^"]+/g, (part, quoted: string | undefined) => (quoted ? part : reference(part)));
    })
    .join('\n');
}

/** Adds `key = value` as the last attribute of the nested block that `where` picks, re-aligned. */
function addToNested(c: Chunk, nested: string, where: (body: readonly string[]) => boolean, key: string, value: string): void {
  for (let i = 0; i < c.lines.length; i++) {
    if (c.lines[i] !== `  ${nested} {`) continue;
    const end = c.lines.indexOf('  }', i);
    const body = c.lines.slice(i + 1, end);
    if (!where(body)) continue;
    c.lines.splice(i + 1, body.length, ...realign([...body, `    ${key} = ${value}`]));
    return;
  }
}

/**
 * One Terraform configuration of every load balancer from each one's export (`parts[k]` is `views[k]`'s text);
 * `header`: the file's first comment lines, naming every load balancer's diagnostics.
 * @example terraformDesign(lbViews(t), parts).match(/resource "azurerm_lb" /g).length // t.loadBalancers.length
 */
export function terraformDesign(views: readonly LbTopology[], parts: readonly string[], header: readonly string[]): string {
  const label = (k: number) => (k === 0 ? 'lb' : `lb${k}`);
  const lbAt = new Map(views.map((v, k) => [v.loadBalancer.name, k]));
  /** The id of another load balancer's frontend, by position in its frontend_ip_configuration blocks. */
  const frontendId = (ref: FrontendRef) => {
    const k = lbAt.get(ref.loadBalancer);
    const n = k === undefined ? -1 : views[k]!.frontends.findIndex((f) => f.name === ref.frontend);
    return n < 0 ? undefined : `azurerm_lb.${label(k!)}.frontend_ip_configuration[${n}].id`;
  };
  const variables = new Map<string, Chunk>();
  const lbChunks: Chunk[] = [];
  const nics = new Map<string, Chunk>();
  const others: Chunk[] = [];
  const seenOther = new Set<string>();
  const locals = { head: [] as string[], frontends: [] as string[], holders: [] as string[], anyFrontends: false, anyHolders: false };
  let top: Chunk[] = [];
  const claim = labelRegistry();
  parts.forEach((raw, k) => {
    const text = k === 0 ? claimAll(raw, claim) : relabel(raw, k, variables, claim);
    const view = views[k]!;
    for (const c of chunks(text)) {
      if (c.head === 'terraform {' || /^provider /.test(c.head)) {
        if (k === 0) top.push(c.head === 'terraform {' ? { ...c, comments: [...header] } : c);
      } else if (c.head.startsWith('variable ')) {
        if (!variables.has(c.head)) variables.set(c.head, c);
      } else if (c.head === 'locals {') {
        if (k === 0) locals.head = c.lines.filter((l) => /^ {2}floatplan_(topology|description)\s*=/.test(l));
        // Frontend and pool names repeat across load balancers: each row names its load balancer's resource.
        const own = (l: string) => l.replace(/ \},$/, `, load_balancer = "azurerm_lb.${label(k)}" },`);
        locals.frontends.push(...c.lines.filter((l) => /^ {4}\{ frontend = /.test(l)).map(own));
        locals.holders.push(...c.lines.filter((l) => /^ {4}\{ pool = /.test(l)).map(own));
        locals.anyFrontends ||= c.lines.some((l) => /^ {2}floatplan_frontend_addresses\s*=/.test(l));
        locals.anyHolders ||= c.lines.some((l) => /^ {2}floatplan_pool_holders\s*=/.test(l));
        if (!c.lines.some((l) => /^ {2}floatplan_pool_holders\s*=/.test(l)))
          locals.holders.push(
            ...view.backendPools.map(
              (p) =>
                `    { pool = ${hclString(p.name)}, holder = ${hclString(frontendIpHolder(p))}, load_balancer = "azurerm_lb.${label(k)}" },`,
            ),
          );
      } else if (resourceOf(c.head)?.[1] === 'azurerm_network_interface') {
        const prior = nics.get(c.head);
        // A VM that is an appliance behind any load balancer forwards IP: its NIC as that load balancer wrote it.
        if (!prior) nics.set(c.head, c);
        else if (!prior.lines.some((l) => l.includes('ip_forwarding_enabled')) && c.lines.some((l) => l.includes('ip_forwarding_enabled')))
          nics.set(c.head, { ...c, comments: prior.comments });
      } else if (/^resource "azurerm_lb/.test(c.head)) {
        if (c.head === `resource "azurerm_lb" "${label(k)}" {`) lbChunk(c, view, frontendId);
        lbChunks.push(c);
      } else if (!seenOther.has(render(c))) {
        seenOther.add(render(c));
        others.push(c);
      }
    }
    lbChunks.push(...poolAddresses(view, text, frontendId, claim));
  });
  for (const c of nics.values()) {
    const vm = views[0]!.vms.find((v) => c.lines.some((l) => l.includes(`"floatplan-vm"`) && l.endsWith(` = ${hclString(v.name)}`)));
    const id = vm?.nic.gatewayLoadBalancer && frontendId(vm.nic.gatewayLoadBalancer);
    if (id)
      addToNested(
        c,
        'ip_configuration',
        (b) => b.some((l) => /primary\s*= true/.test(l)),
        'gateway_load_balancer_frontend_ip_configuration_id',
        id,
      );
  }
  const list = (rows: readonly string[]) => (rows.length === 0 ? '[]' : `[\n${rows.join('\n')}\n  ]`);
  const localLines = realign([
    ...locals.head,
    ...(locals.anyFrontends ? [`  floatplan_frontend_addresses = ${list(locals.frontends)}`] : []),
    ...(locals.anyHolders ? [`  floatplan_pool_holders = ${list(locals.holders)}`] : []),
  ]);
  const localsChunk = chunks(parts[0]!).find((c) => c.head === 'locals {')!;
  top = [...top, ...variables.values(), { ...localsChunk, lines: ['locals {', ...localLines.join('\n').split('\n'), '}'] }];
  return `${[...top, ...lbChunks, ...nics.values(), ...others].map(render).join('\n\n')}\n`;
}

/** The load balancer's own block: its tier, and each frontend chained to a Gateway load balancer's frontend. */
function lbChunk(c: Chunk, view: LbTopology, frontendId: (ref: FrontendRef) => string | undefined): void {
  if (view.loadBalancer.tier === 'Global') c.lines = c.lines.map((l) => l.replace(/^( {2}sku_tier\s*= )"Regional"$/, '$1"Global"'));
  for (const fe of view.frontends) {
    const id = fe.gatewayLoadBalancer && frontendId(fe.gatewayLoadBalancer);
    if (id)
      addToNested(
        c,
        'frontend_ip_configuration',
        (b) => b.some((l) => new RegExp(`^ {4}name\\s*= ${escapeRe(hclString(fe.name))}$`).test(l)),
        'gateway_load_balancer_frontend_ip_configuration_id',
        id,
      );
  }
}

/** A Global load balancer's pool members: the regional load balancers' frontends, by their ids. */
function poolAddresses(view: LbTopology, text: string, frontendId: (ref: FrontendRef) => string | undefined, claim: Claim): Chunk[] {
  // Each pool's label as this load balancer's configuration has it (relabelled), found by the pool's name.
  const poolLabels = new Map<string, string>();
  for (const c of chunks(text)) {
    const m = resourceOf(c.head);
    const name = c.lines.find((l) => /^ {2}name\s*= /.test(l))?.replace(/^ {2}name\s*= /, '');
    if (m?.[1] === 'azurerm_lb_backend_address_pool' && name !== undefined && !poolLabels.has(name)) poolLabels.set(name, m[2]!);
  }
  const out: Chunk[] = [];
  for (const pool of view.backendPools) {
    const poolLabel = poolLabels.get(hclString(pool.name));
    if (poolLabel === undefined) continue;
    const names = regionalAddressNames(pool.regionalFrontends ?? []);
    (pool.regionalFrontends ?? []).forEach((ref, n) => {
      const id = frontendId(ref);
      if (!id) return;
      const name = names[n]!;
      const label = claim('azurerm_lb_backend_address_pool_address', `${poolLabel}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`);
      const head = `resource "azurerm_lb_backend_address_pool_address" "${label}" {`;
      const lines = realign([
        `  name = ${hclString(name)}`,
        `  backend_address_pool_id = azurerm_lb_backend_address_pool.${poolLabel}.id`,
        `  backend_address_ip_configuration_id = ${id}`,
      ]);
      out.push({ head, lines: [head, ...lines, '}'], comments: [] });
    });
  }
  return out;
}
