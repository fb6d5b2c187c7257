/** Texts of the Terraform importer (keys `import.tf.*`), in English: what the CLI prints. */
export const importTerraformEn = {
  'tf.tooManyInstances':
    '{address} has count = {count}, which would bring the file to more than {max} resource instances; it is imported once, as {address}[0].',
  'tf.tooManyRules':
    '{address} has count = {count}, which would bring the file to more than {max} load-balancing and NAT rules, the most Azure allows on one load balancer; it is imported once, as {address}[0].',

  // Terraform.
  'tf.countZero': '{address} has count = 0, so Terraform creates no instance of it; it is not imported.',
  'tf.count': '{address} has count, but {why}. It is imported once, as {address}[0]; give the value to import every instance.',
  'tf.countUnknown': '{expression} could not be evaluated ({reason})',
  'tf.countInvalid': 'it is {value}, not a whole number from 0 to {max}',
  'tf.forEach':
    '{address} has for_each, but {why}. It is imported once, as {address}, and values built from each.key or each.value are placeholders; give the value to import every instance.',
  'tf.forEachEmpty': '{address} has an empty for_each, so Terraform creates no instance of it; it is not imported.',
  'tf.forEachInvalid': 'it is {value}, not a map or a set of texts',
  'tf.forEachTooMany': 'it has {count} elements, more than the {max} the import expands',
  'tf.dynamicUnresolved':
    'The dynamic "{block}" block {path} cannot be expanded: {why} It is imported as one block whose values from its iterator are placeholders; give the value to import every block.',
  'tf.osUnresolved':
    'The guest OS of the VM {address} ("{name}") is not known: {hint} It is imported as "linux" unless its type says Windows; set the OS in Floatplan so the scripts fit.',
  'tf.vmNoNic':
    'The VM {address} ("{name}") names no network interface, so it is not imported: Floatplan reaches a VM through its NICs. Add it in Floatplan if it belongs to the load balancer.',
  'tf.nicTwoVms':
    'The network interface {nic} is used by the VM "{had}" and, by {address}, also by "{name}"; Azure attaches a NIC to one VM only, so it stays with "{had}".',
  'tf.vmNicUnresolved':
    'A network interface of the VM {address} ("{name}") cannot be resolved: {hint} That NIC\'s VM is named after the NIC instead; give the value, or rename the VM in Floatplan.',
  'tf.dataSource': '{address} is a data source: Terraform reads it from Azure, so values taken from it are placeholders.',
  'tf.module':
    "{address} is another module; its resources are not in this file and are not imported. Import that module's files too if the load balancer is there.",
  'tf.noLoadBalancer': 'The file defines no azurerm_lb and none of its rules, probes or pools.',
  'tf.lbMissing':
    'The file has load balancer rules, probes or pools but no azurerm_lb (it is probably in another file of the module); ' +
    'the load balancer and its frontends are placeholders. Import that file too, or add the frontends in Floatplan.',
  'tf.secondLoadBalancer':
    '{other} is another load balancer; only {lb} is imported (--lb picked it). Import without --lb to get every load balancer in one topology.',
  'tf.membershipElsewhere':
    '{count} pool membership(s) point at {address}, which is not a backend pool of the imported load balancer; they are left out.',
  'tf.emptyPool':
    'The backend pool "{name}" has no members in this file (no NIC association or pool address points at it); it is imported empty. Add its VMs in Floatplan.',
  'tf.scaleSet':
    "{address} is a virtual machine scale set of {count} instance(s) in the backend pool {pools}. Floatplan plans VMs, so its instances are imported as the VMs {vms} ({os}, from its image), named as Azure names a Uniform scale set's instances, each at a documentation address: Azure allocates the real ones. Every instance is configured the same way{more}.{nat}",
  'tf.scaleSetMore': '; only the first {shown} of the {count} are imported',
  'tf.scaleSetEmpty':
    '{address} is a virtual machine scale set in the backend pool {pools}, with 0 instances: nothing of it is imported.{nat}',
  'tf.scaleSetNotImported':
    '{address} ("{name}") is a virtual machine scale set whose instances join the backend pool {pools}, but {why} Its instances are not imported; add them to the pool in Floatplan as VMs.{nat}',
  'tf.scaleSetNoPool': 'it joins no backend pool of this load balancer.',
  'tf.scaleSetBadCapacity': 'its instance count is {value}, not a whole number.',
  'tf.scaleSetNatPool': ' It also uses the inbound NAT pool {natPools}, which Floatplan does not model.',
  'tf.paramUnknown': '--param {name} is not a variable of this file, so it changes nothing. Check the spelling{known}.',
  'tf.paramKnown': '; the file uses {list}',
  'tf.notText': '{path} is {value}, not a text; it is ignored.',
  'tf.explain': '{expression} could not be evaluated ({reason}).',
  'tf.nameUnresolved': 'The name of the {kind} {address}: {hint} It is imported as "{name}"; rename it or give the value.',
  'tf.nameMissing': 'The {kind} {address} has no name; it is imported as "{name}". Rename it.',
  'tf.intUnresolved': '{path}: {hint} It is imported as {placeholder}; fill in the real value.',
  'tf.intInvalid': '{path} is {value}, not a whole number; it is imported as {placeholder}. Fix it in the file or in Floatplan.',
  'tf.boolUnresolved': "{path}: {hint} It is imported as {fallback}, azurerm's default, which may not be what the file means: check it.",
  'tf.boolInvalid': '{path} is {value}, not true or false; it is imported as {fallback}. Check it.',
  'tf.referenceTo': 'a reference to {address}',
  'tf.reason.circle': 'the references go round in a circle or nest too deep',
  'tf.reason.unparsed': 'the parser could not read this expression',
  'tf.reason.unexpected': 'unexpected value',
  'tf.reason.idInText': 'a resource id is part of a text; Azure builds the id at deploy time',
  'tf.reason.notEvaluated': 'the import does not evaluate {what}',
  'tf.reason.fnFailed': 'it cannot be computed: {detail}',
  'tf.what.function': 'function calls ({name}(…))',
  'tf.what.conditional': 'conditional (? :) expressions',
  'tf.what.for': 'for expressions',
  'tf.what.splat': 'splat ([*]) expressions',
  'tf.what.operators': 'arithmetic or logic operators',
  'tf.what.other': '{type} expressions',
  'tf.reason.emptyReference': 'empty reference',
  'tf.reason.localUndefined': 'local.{name} is not defined in this file',
  'tf.reason.countIndex': 'count.index is only known inside a resource with count',
  'tf.reason.data': 'it reads a data source, which only Terraform can query',
  'tf.reason.module': 'it is an output of another module, which is not in this file',
  'tf.reason.each': 'each is only known inside a resource or block whose for_each the import could evaluate',
  'tf.reason.dynamicUnknown': 'the for_each of the dynamic "{block}" block is not known',
  'tf.reason.badKey': 'the key {key} is not a text',
  'tf.reason.notCollection': '{value} is not a list, set or map',
  'tf.reason.notBool': 'the if condition is {value}, not true or false',
  'tf.reason.duplicateKey': 'the for expression makes the key "{key}" twice (group the values with ... to keep them all)',
  'tf.reason.path': 'it depends on where Terraform runs',
  'tf.reason.terraform': 'it depends on the Terraform workspace',
  'tf.reason.self': 'self is only known inside provisioners',
  'tf.reason.variableNoDefault': 'the variable "{name}" has no default and no value was given; give --param {name}=<value>',
  'tf.reason.variableUndeclared': 'the variable "{name}" is not declared in this file and no value was given; give --param {name}=<value>',
  'tf.reason.notDefinedType': '{type} is not something this file defines',
  'tf.reason.notDefined': '{address} is not defined in this file',
  'tf.reason.noInstance': '{address} has no instance [{index}]',
  'tf.reason.needsIndex': '{address} has count; the reference needs an index such as [0]',
  'tf.reason.notSet': '{attribute} of {address} is not set in the file; Azure computes it at deploy time',
  'tf.reason.noElement': 'it has no element {key}',
  'tf.reason.literalId': 'it is a literal resource id, not a reference to a resource of this file',

  // Terraform load balancer (terraform/loadBalancer.ts).
  'tf.owner': 'the {kind} "{name}"',
  'tf.ownerStart': 'The {kind} "{name}"',
  'tf.otherLb':
    '{address} belongs to {other}, not to {lb} (the load balancer imported); it is left out. Import one load balancer at a time.',
  'tf.subnet': '{path} is {expression} ({reason}). Floatplan does not need the subnet to plan; the export asks for it again.',
  'tf.frontendIpUnresolved': '{path}: {hint} The frontend "{name}" gets the documentation address {ip}; fill in the real one.',
  'tf.frontendIpDynamic':
    'The frontend "{name}" has no private_ip_address (Azure allocates it, allocation {allocation}); it gets the documentation address {ip}. Fill in the address Azure gave it.',
  'tf.mixed': '{address} mixes public and private frontends, which Azure does not allow; it is imported as {type}.',
  'tf.noFrontends':
    '{address} has no frontend_ip_configuration, so whether it is public or internal is not said; it is imported as Public.',
  'tf.noSku': '{address} sets no sku; azurerm\'s default is Basic (retired by Azure on 30 Sep 2025). Set sku = "Standard".',
  'tf.badSku': '{path} is "{sku}", which is not Standard, Basic or Gateway; it is imported as Standard.',
  'tf.numberOfProbes':
    'The probe "{name}" uses number_of_probes ({value}), which Azure retires on 1 Sep 2027; it is imported as probeThreshold, which replaces it.',
  'tf.notModelled': '{address} is {what}; it is not imported.',
  'tf.what.natPool':
    'an inbound NAT pool, which serves virtual machine scale sets; Floatplan plans classic inbound NAT rules to individual VMs only',
  'tf.what.outboundRule': 'an outbound rule, which Floatplan does not model yet',
  'tf.frontendUnresolved': 'The frontend of {owner}: {hint} It is imported as "{name}"; connect the {kind} to the right frontend.',
  'tf.noFrontend': '{owner} names no frontend; connect it in Floatplan.',
  'tf.floatingBoth':
    '{owner} sets both floating_ip_enabled and the deprecated enable_floating_ip, differently; azurerm refuses that. floating_ip_enabled is used.',
  'tf.natV2':
    '{address} is a port-range (v2) NAT rule (it sets {attrs}): Azure maps one frontend port of the range to each member of a backend pool. ' +
    'Floatplan plans classic NAT rules only (one frontend port to one VM IP configuration), so it is not imported.',
  'tf.manyPools':
    'The rule "{name}" lists {count} backend pools; only a Gateway load balancer may have more than one. The first is imported.',
  'tf.noPool': 'The rule "{name}" has no backend pool; connect it in Floatplan.',
  'tf.floatingDefault':
    'The rule "{name}" does not set floating_ip_enabled, so floating IP is off (azurerm\'s default). A SQL Always On listener or other DSR workload needs it on.',
  'tf.idAsText':
    'The {kind} of the rule "{rule}" is an id written as text ({expression}); it is matched by its last part to the {kind} "{tail}".',
  'tf.notOfLb': '{address} is not a {kind} of this load balancer.',
  'tf.refUnresolved': 'The {kind} of the rule "{rule}": {why} It is imported as "{placeholder}"; connect the rule to the right {kind}.',
  'tf.ref.onlyOne': 'The {kind} of {owner}: {why} The load balancer has only one {kind}, "{name}", so that one is used.',
  'tf.badDistribution': '{path} is "{text}", not Default, SourceIP or SourceIPProtocol; Default is used.',
  'tf.pipResource': '{address}, whose address Azure assigns at deploy time',
  'tf.pipOther': '{expression}, which is not a resource of this file',
  'tf.publicIp': 'The frontend "{name}" uses the public IP {source}; it gets the documentation address {ip}. Fill in the real address.',
  'tf.required': '{path} is required but missing; it is imported as {placeholder}. Fill it in.',

  // Terraform NICs, VMs and pool members (terraform/network.ts).
  'tf.natNoTarget':
    'The inbound NAT rule "{name}" has no target in this file (no azurerm_network_interface_nat_rule_association points at it); it is imported without one. Connect it to a VM in Floatplan.',
  'tf.natAssociationElsewhere':
    'A NAT rule association points at {address}, which is not a classic inbound NAT rule of the imported load balancer; it is left out.',
  'tf.nicNoVm':
    'No VM resource in the file uses the network interface {address}; the VM is named after it ("{name}"). Rename it if you like.',
  'tf.nicNoConfig':
    'The network interface {address} has no ip_configuration block; its VM gets the placeholder address below. Fill in the real one.',
  'tf.osDefault':
    'The guest OS of {vms} is not in the file (no VM resource uses the NIC); "linux" is assumed. Set the OS in Floatplan so the scripts fit.',
  'tf.guestNic': 'Guest interface names are not in Terraform: "Ethernet" is used for Windows and "eth0" for Linux.',
  'tf.pointsElsewhere': 'it points at {address}, which is not a network interface of this file.',
  'tf.isMissing': 'it is missing.',
  'tf.associationBroken': 'The {what} {address} is not imported: {attr}: {why} {fix}',
  'tf.what.poolMembership': 'pool membership',
  'tf.what.natAssociation': 'NAT rule association',
  'tf.fix.pool': 'Add the VM to the pool in Floatplan.',
  'tf.fix.nat': 'Connect the NAT rule to its VM in Floatplan.',
  'tf.noConfigNamed': '{path} names no ip_configuration of {nic}; the primary one ({ip}) is used.',
  'tf.natTwoTargets':
    '{rule} is associated with {had} and, by {address}, also with {member}; Azure forwards a NAT rule to one IP configuration only, so only {had} is imported.',
  'tf.attrWhy': '{attr}: {why}',
  'tf.poolAddressBroken': 'The pool address {address} is not imported: {why} Add the VM to the pool in Floatplan.',
  'tf.poolAddressNoNic':
    'The pool address {address} ({ip}) belongs to no network interface of the file; it is imported as a Linux VM "{name}" with interface eth0. Set the real VM name and OS.',
  'tf.nicIpUnresolved': '{path}: {hint} The VM gets the documentation address {ip}; fill in the real one.',
  'tf.nicIpDynamic':
    '{address} has no private_ip_address (Azure allocates it); the VM gets the documentation address {ip}. Fill in the real one.',
  'tf.vmSecondNic':
    'VM "{vm}" has several network interfaces, and a Floatplan VM has one: {nic} is imported as the VM "{name}". Its pools and addresses are kept; its guest script is that NIC\'s part of the VM\'s configuration.',
};
