// Terraform for the azurerm provider v4 (`floating_ip_enabled`, not the deprecated `enable_floating_ip`).
import { escaper, u4Escape } from '../files/escape';
import { frontendIpHolder } from '../model/holder';
import { parseIp } from '../net/address';
import type { PoolMember, Vm } from '../topology/schema';
import { comment, headerLines } from './comments';
import { identifiers, ipConfigIndex } from './names';
import type { ExportPlan } from './plan';
import { markedNicAddresses, tfInputName, vmInputs } from './placeholders';

const hclEscape = escaper({ '"': '\\"', '${': '$${', '%{': '%%{' }, u4Escape);

/**
 * An HCL quoted string: `\`, `"` and control characters escaped, and `${`/`%{` doubled so a name is
 * never read as an interpolation or template directive.
 * @example hclString('a${b}') // '"a$${b}"'
 */
export function hclString(s: string): string {
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  const body = s.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{|%\{/g, hclEscape);
  return `"${body}"`;
}

/** `key = value` lines with the `=` aligned, as `terraform fmt` writes them. */
function attrs(pairs: readonly (readonly [string, string])[], indent: string): string[] {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(w)} = ${v}`);
}

function block(head: string, pairs: readonly (readonly [string, string])[], nested: readonly string[] = []): string[] {
  return [`${head} {`, ...attrs(pairs, '  '), ...nested, '}', ''];
}

/**
 * The Terraform configuration (azurerm ~> 4.0) for the plan: `azurerm_lb`, pools, probes and rules.
 * @example terraformExport(plan).includes('floating_ip_enabled') // true when there is a rule
 */
export function terraformExport(plan: ExportPlan): string {
  const out = [...comment(headerLines('Terraform configuration (azurerm provider v4)', plan.topologyName, plan.notes), '#'), ''];
  out.push(
    'terraform {',
    '  required_providers {',
    '    azurerm = {',
    '      source  = "hashicorp/azurerm"',
    '      version = "~> 4.0"',
    '    }',
    '  }',
    '}',
    '',
    '# Remove this block when the file is used as a module; the root module configures the provider.',
    'provider "azurerm" {',
    '  features {}',
    '}',
    '',
  );
  const fe = identifiers(
    plan.frontends.map((f) => f.name),
    'fe',
  );
  const pools = identifiers(
    plan.pools.map((p) => p.name),
    'pool',
  );
  const probes = identifiers(
    plan.probes.map((p) => p.probe.name),
    'probe',
  );
  const rules = identifiers(
    plan.rules.map((r) => r.rule.name),
    'rule',
  );
  const nats = identifiers(
    plan.natRules.map((n) => n.rule.name),
    'nat',
  );
  const variable = (name: string, description: string) =>
    block(`variable "${name}"`, [
      ['type', 'string'],
      ['description', hclString(description)],
    ]);
  out.push(
    ...variable('resource_group_name', 'Name of the resource group for the load balancer.'),
    ...variable('location', 'Azure region of the load balancer.'),
  );
  if (plan.internal) out.push(...variable('subnet_id', 'Resource id of the subnet that holds the frontend addresses.'));
  else
    for (const f of plan.frontends)
      out.push(
        ...variable(
          `public_ip_address_id_${fe.get(f.name)!}`,
          `Resource id of the Standard public IP for the frontend ${f.name} (${f.input !== undefined ? 'address not known yet' : `planned address ${f.ip}`}; Azure assigns it).`,
        ),
      );
  if (plan.vms.length > 0) out.push(...variable('vm_subnet_id', 'Resource id of the subnet that holds the VM network interfaces.'));
  // Placeholder addresses are required variables (no default), never literals (export/placeholders.ts).
  for (const [name, description] of addressInputs(plan)) out.push(...variable(name, description));
  out.push(...floatplanLocals(plan));

  const frontendBlocks = plan.frontends.flatMap((f) => [
    '',
    '  frontend_ip_configuration {',
    ...attrs(
      plan.internal
        ? [
            ['name', hclString(f.name)],
            ['subnet_id', 'var.subnet_id'],
            ['private_ip_address', f.input !== undefined ? `var.${tfInputName('frontend', f.input, 0)}` : hclString(f.ip)],
            ['private_ip_address_allocation', '"Static"'],
            ['private_ip_address_version', f.v6 ? '"IPv6"' : '"IPv4"'],
          ]
        : [
            ['name', hclString(f.name)],
            ['public_ip_address_id', `var.public_ip_address_id_${fe.get(f.name)!}`],
          ],
      '    ',
    ),
    '  }',
  ]);
  out.push(
    ...block(
      'resource "azurerm_lb" "lb"',
      [
        ['name', hclString(plan.lbName)],
        ['resource_group_name', 'var.resource_group_name'],
        ['location', 'var.location'],
        ['sku', '"Standard"'],
        ['sku_tier', '"Regional"'],
      ],
      frontendBlocks,
    ),
  );
  /** A resource of the load balancer's own: its id and name come first. */
  const lbResource = (type: string, id: string, name: string, pairs: readonly (readonly [string, string])[]) =>
    block(`resource "${type}" "${id}"`, [['loadbalancer_id', 'azurerm_lb.lb.id'], ['name', hclString(name)], ...pairs]);
  /** What a load-balancing rule and an inbound NAT rule say alike, in the same order. */
  const ruleHead = (rule: { protocol: string; frontendPort: number; backendPort: number; frontend: string }) =>
    [
      ['protocol', hclString(rule.protocol)],
      ['frontend_port', String(rule.frontendPort)],
      ['backend_port', String(rule.backendPort)],
      ['frontend_ip_configuration_name', hclString(rule.frontend)],
    ] as const;
  for (const p of plan.pools) out.push(...lbResource('azurerm_lb_backend_address_pool', pools.get(p.name)!, p.name, []));
  for (const p of plan.probes) {
    out.push(
      ...lbResource('azurerm_lb_probe', probes.get(p.probe.name)!, p.probe.name, [
        ['protocol', hclString(p.probe.protocol)],
        ['port', String(p.probe.port)],
        ...(p.requestPath !== undefined ? [['request_path', hclString(p.requestPath)] as const] : []),
        ['interval_in_seconds', String(p.intervalInSeconds)],
        ['probe_threshold', String(p.probeThreshold)],
      ]),
    );
  }
  for (const r of plan.rules) {
    out.push(
      ...lbResource('azurerm_lb_rule', rules.get(r.rule.name)!, r.rule.name, [
        ...ruleHead(r.rule),
        ['backend_address_pool_ids', `[azurerm_lb_backend_address_pool.${pools.get(r.rule.backendPool)!}.id]`],
        ...(r.probe !== undefined ? [['probe_id', `azurerm_lb_probe.${probes.get(r.probe)!}.id`] as const] : []),
        ['floating_ip_enabled', String(r.rule.floatingIp)],
        ['tcp_reset_enabled', String(r.enableTcpReset)],
        ['disable_outbound_snat', String(r.disableOutboundSnat)],
        ['idle_timeout_in_minutes', String(r.idleTimeoutMinutes)],
        ['load_distribution', hclString(r.loadDistribution)],
      ]),
    );
  }
  for (const n of plan.natRules) {
    // The provider validates 4–30 here (4–100 on azurerm_lb_rule): say so rather than let `terraform plan` be the first to.
    if (n.idleTimeoutMinutes > 30)
      out.push(
        ...comment(
          [`azurerm accepts idle_timeout_in_minutes 4 to 30 on a NAT rule; ${n.idleTimeoutMinutes} will be refused by terraform plan.`],
          '#',
        ),
      );
    out.push(
      ...block(`resource "azurerm_lb_nat_rule" "${nats.get(n.rule.name)!}"`, [
        ['resource_group_name', 'var.resource_group_name'],
        ['loadbalancer_id', 'azurerm_lb.lb.id'],
        ['name', hclString(n.rule.name)],
        ...ruleHead(n.rule),
        ['floating_ip_enabled', String(n.rule.floatingIp)],
        ['tcp_reset_enabled', String(n.enableTcpReset)],
        ['idle_timeout_in_minutes', String(n.idleTimeoutMinutes)],
      ]),
    );
  }
  out.push(...networkInterfaces(plan, pools, nats));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** HCL value of a list of objects with the same keys, one object per line. */
const objectList = (rows: readonly (readonly [string, string])[][]): string =>
  rows.length === 0 ? '[]' : `[\n${rows.map((r) => `    { ${r.map(([k, v]) => `${k} = ${v}`).join(', ')} },`).join('\n')}\n  ]`;

/**
 * Planner facts Azure does not hold (topology name and description, planned public addresses), as locals:
 * Terraform ignores unused locals, Floatplan's import reads them back.
 */
function floatplanLocals(plan: ExportPlan): string[] {
  const pairs: [string, string][] = [['floatplan_topology', hclString(plan.topologyName)]];
  if (plan.description !== undefined) pairs.push(['floatplan_description', hclString(plan.description)]);
  if (!plan.internal && plan.frontends.length > 0) {
    pairs.push([
      'floatplan_frontend_addresses',
      objectList(
        plan.frontends
          .filter((f) => f.input === undefined)
          .map((f) => [
            ['frontend', hclString(f.name)],
            ['address', hclString(f.ip)],
          ]),
      ),
    ]);
  }
  // Every pool's holder once any is not every-member, so the import states them all instead of inferring.
  if (plan.pools.some((p) => frontendIpHolder(p) !== 'every-member')) {
    pairs.push([
      'floatplan_pool_holders',
      objectList(
        plan.pools.map((p) => [
          ['pool', hclString(p.name)],
          ['holder', hclString(frontendIpHolder(p))],
        ]),
      ),
    ]);
  }
  return [
    ...comment(["What the planner knows that Azure does not hold; Terraform ignores these, Floatplan's import reads them back."], '#'),
    ...block('locals', pairs),
  ];
}

/** The IP configurations a VM's NIC gets: the primary address first (ipconfig1), then each secondary one. */
const ipConfigs = (vm: Vm): string[] => [vm.nic.ip, ...(vm.nic.secondaryIps ?? [])];

/** The VMs, and where each name first appears among them (a search per member made the export quadratic). */
interface VmIndex {
  list: readonly Vm[];
  at: ReadonlyMap<string, number>;
}

function vmIndex(vms: readonly Vm[]): VmIndex {
  const at = new Map<string, number>();
  vms.forEach((v, i) => {
    if (!at.has(v.name)) at.set(v.name, i);
  });
  return { list: vms, at };
}

/** Which VM and IP configuration a pool member is, or why it cannot be written. */
function memberTarget(m: PoolMember, vms: VmIndex): { vm: number; config: number } | string {
  const name = typeof m === 'string' ? m : m.vm;
  const vm = vms.at.get(name) ?? -1;
  if (vm < 0) return `the VM ${JSON.stringify(name)} does not exist`;
  if (typeof m === 'string') return { vm, config: 0 };
  const config = ipConfigIndex(vms.list[vm]!, m.ip);
  return config < 0 ? `${m.ip} is not an address of the VM ${JSON.stringify(name)}` : { vm, config };
}

/**
 * One NIC per VM (its planned addresses, with the OS and guest interface name as tags) and one
 * association per pool member and NAT rule target: both are properties of the NIC in Azure.
 */
function networkInterfaces(plan: ExportPlan, pools: ReadonlyMap<string, string>, nats: ReadonlyMap<string, string>): string[] {
  const vms = vmIndex(plan.vms);
  if (plan.vms.length === 0) return natAssociations(plan, nats, vms, () => '');
  const seen = new Set<string>();
  // A duplicate VM name (an error the planner reports) still gets its own resource label.
  const keys = plan.vms.map((v, i) => (seen.has(v.name) ? `${v.name}_${i}` : (seen.add(v.name), v.name)));
  const labels = identifiers(keys, 'vm');
  const label = (i: number) => `nic_${labels.get(keys[i]!)!}`;
  const targets = plan.natRules.some((n) => n.rule.target !== undefined);
  const out = comment(
    [
      `The VMs' network interfaces as planned, and their pool memberships${targets ? ' and NAT rule targets' : ''} (set on the NIC in Azure). If the VMs exist`,
      'already, bring their NICs under Terraform with import blocks, or delete these and associate your own NICs.',
    ],
    '#',
  );
  // Appliances forward packets not addressed to them, which Azure drops unless the NIC allows IP forwarding.
  const forwarding = new Set(
    plan.pools.filter((p) => frontendIpHolder(p) === 'appliance').flatMap((p) => p.members.map((m) => (typeof m === 'string' ? m : m.vm))),
  );
  const vmStems = vmInputs(plan.vms);
  plan.vms.forEach((vm, i) => {
    const tags: [string, string][] = [
      ['"floatplan-vm"', hclString(vm.name)],
      ['"floatplan-os"', hclString(vm.os)],
      ['"floatplan-guest-nic"', hclString(vm.nic.name)],
    ];
    if (vm.natGateway) tags.push(['"floatplan-nat-gateway"', '"true"']);
    const marked = markedNicAddresses(vm);
    const input = (n: number) => `var.${tfInputName('vm', vmStems.get(vm.name)!, n)}`;
    const configs = ipConfigs(vm).flatMap((ip, n) => [
      '',
      '  ip_configuration {',
      ...attrs(
        [
          ['name', `"ipconfig${n + 1}"`],
          ['subnet_id', 'var.vm_subnet_id'],
          ['private_ip_address_allocation', '"Static"'],
          ['private_ip_address', marked.has(n) ? input(n) : hclString(ip)],
          ['private_ip_address_version', parseIp(ip)?.family === 6 ? '"IPv6"' : '"IPv4"'],
          ['primary', String(n === 0)],
        ],
        '    ',
      ),
      '  }',
    ]);
    out.push(
      ...block(
        `resource "azurerm_network_interface" "${label(i)}"`,
        [
          ['name', hclString(`${vm.name}-nic`)],
          ['resource_group_name', 'var.resource_group_name'],
          ['location', 'var.location'],
          ...(forwarding.has(vm.name) ? [['ip_forwarding_enabled', 'true'] as [string, string]] : []),
        ],
        ['  tags = {', ...attrs(tags, '    '), '  }', ...configs],
      ),
    );
  });
  for (const p of plan.pools)
    p.members.forEach((m, n) =>
      out.push(
        ...nicAssociation(
          memberTarget(m, vms),
          `a member of the pool ${JSON.stringify(p.name)}`,
          `"azurerm_network_interface_backend_address_pool_association" "${pools.get(p.name)!}_member_${n + 1}"`,
          label,
          ['backend_address_pool_id', `azurerm_lb_backend_address_pool.${pools.get(p.name)!}.id`],
        ),
      ),
    );
  return [...out, ...natAssociations(plan, nats, vms, label)];
}

/** A NIC-side association of one ipconfig with `link` (type and label in `resource`), or a comment why it is not written. */
function nicAssociation(
  target: ReturnType<typeof memberTarget>,
  what: string,
  resource: string,
  nicLabel: (vm: number) => string,
  link: readonly [string, string],
): string[] {
  if (typeof target === 'string') return [...comment([`Not written: ${what}: ${target}.`], '#'), ''];
  return block(`resource ${resource}`, [
    ['network_interface_id', `azurerm_network_interface.${nicLabel(target.vm)}.id`],
    ['ip_configuration_name', `"ipconfig${target.config + 1}"`],
    link,
  ]);
}

/** One association per NAT rule target (a classic NAT rule is attached from the NIC side), or a comment why not. */
function natAssociations(plan: ExportPlan, nats: ReadonlyMap<string, string>, vms: VmIndex, nicLabel: (vm: number) => string): string[] {
  const out: string[] = [];
  for (const { rule } of plan.natRules) {
    if (rule.target === undefined) continue;
    out.push(
      ...nicAssociation(
        memberTarget(rule.target, vms),
        `the target of the inbound NAT rule ${JSON.stringify(rule.name)}`,
        `"azurerm_network_interface_nat_rule_association" "${nats.get(rule.name)!}_target"`,
        nicLabel,
        ['nat_rule_id', `azurerm_lb_nat_rule.${nats.get(rule.name)!}.id`],
      ),
    );
  }
  return out;
}

/** [variable name, description] of each placeholder address: internal frontends' and VM NICs'. */
function addressInputs(plan: ExportPlan): [string, string][] {
  const out: [string, string][] = [];
  if (plan.internal)
    for (const f of plan.frontends)
      if (f.input !== undefined)
        out.push([
          tfInputName('frontend', f.input, 0),
          `Private IP address of the frontend ${f.name}: a placeholder in Floatplan; give the real address.`,
        ]);
  const stems = vmInputs(plan.vms);
  for (const vm of plan.vms)
    for (const n of markedNicAddresses(vm))
      out.push([
        tfInputName('vm', stems.get(vm.name)!, n),
        `IP address ${n + 1} of the VM ${vm.name}: a placeholder in Floatplan; give the real address.`,
      ]);
  return out;
}
