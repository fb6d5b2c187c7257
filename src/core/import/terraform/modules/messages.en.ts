/** Texts of the Terraform importer about module calls and network facts (keys `import.tfm.*`), in English. */
export const importTerraformModulesEn = {
  'tfm.expanded':
    "{address} calls the load balancer module {module}: it is imported as the resources that module creates, with the module's own defaults for what the call does not set.",
  'tfm.byShape':
    '{address} has the local source "{source}"; its inputs are those of {module}, so it is read as that module. If it is another module, import its own files instead.',
  'tfm.otherModule':
    '{address} (source "{source}") is another module: its resources are not in this file and are not imported. ' +
    "Floatplan expands only the load balancer modules Azure/avm-res-network-loadbalancer/azurerm and Azure/loadbalancer/azurerm; import that module's own files if the load balancer is there.",
  'tfm.repeated': '{address} uses {meta}; the load balancer module is expanded once, as written.',
  'tfm.inputExpression':
    "{path} is an expression ({expression}), not written out in the file, so the {what} it holds cannot be seen and are not imported. Write the value out in the module call, or give the module's resources.",
  'tfm.what.frontends': 'frontends',
  'tfm.what.pools': 'backend pools',
  'tfm.what.probes': 'probes',
  'tfm.what.rules': 'rules',
  'tfm.what.other': 'elements',
  'tfm.noPoolKey': '{path} names the backend pool "{name}", which is not a key of backend_address_pools; the reference is left out.',
  'tfm.noProbeKey': '{path} names the probe "{name}", which is not a key of lb_probes; the rule is imported without a probe.',
  'tfm.floatingDefault':
    'The rule "{name}" ({path}) does not set enable_floating_ip, so floating IP is off (the module\'s default). A SQL Always On listener or other DSR workload needs it on.',
  'tfm.classicFloating':
    "{address} does not set lb_floating_ip_enabled, so every rule it creates has floating IP off (the module's default). A SQL Always On listener or other DSR workload needs it on.",
  'tfm.noLoadBalancer':
    "No load balancer found: the file has no azurerm_lb, none of its rules, probes or pools, and no load balancer module call. It calls {modules}; if the load balancer is made there, import that module's own files.",
  'tfm.onlyDeclarations':
    'No load balancer found: the file has no resources and no module calls, only {variables} variable(s), {outputs} output(s) and {other} other block(s) (provider, terraform, locals). ' +
    'It is one file of a configuration whose resources are in its other .tf files: import the directory, or all its .tf files together.',
  'tfm.nicGatewayChain':
    "The IP configuration {path} is chained to a Gateway load balancer ({target}), but it is not the NIC's primary one: a VM of the topology has one chain, on its primary IP configuration, so this chain is left out. Draw it on the canvas if the VM needs it.",
  'tfm.tunnels':
    'The backend pool "{name}" has {count} tunnel interface(s) (type/protocol/port/identifier: {list}). Floatplan plans a Gateway pool as appliances that receive VXLAN-encapsulated flows, but does not keep the interfaces themselves.',
  'tfm.natGatewaySubnet':
    'The NAT gateway association {address} is not read: subnet_id: {why} The VMs of that subnet are not marked as using a NAT gateway; set natGateway on them in Floatplan.',
};
