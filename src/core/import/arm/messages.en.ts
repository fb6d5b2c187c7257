/** Texts of the ARM importer (keys `import.arm.*` ARM evaluation and mapping, `import.fn.*` template functions), in English: what the CLI prints. */
export const importArmEn = {
  'arm.copyCountOver':
    '{path} is a copy loop of {value} copies, more than the 800 Azure allows in one loop (Azure refuses the template); its copies are left out.',
  'arm.tooManyResources':
    'The template declares more than {max} resources (counting copies), which Azure refuses; {path} and the resources after it are left out.',

  // ARM template evaluation (template.ts, parameters.ts, resources.ts).
  'arm.notObject': 'The ARM template is not a JSON object; nothing was evaluated. Give the azuredeploy.json (or main.json) file.',
  'arm.linked':
    '{path} deploys the linked template {link}; Floatplan does not download linked templates. Import that file itself to see its resources.',
  'arm.linkNamed': 'named by its templateLink',
  'arm.tooDeep': 'The nested template at {path} is more than {max} deployments deep; it was not evaluated.',
  'arm.nested': 'In the nested template of {path}: {inner}',
  'arm.parameterNoValue':
    "Parameter '{name}' has no value: the template gives no defaultValue and none was given. " +
    'Everything built from it is left as a placeholder; give it with --param {name}=value.',
  'arm.outputConditionFalse': "Output '{name}' has condition false; it was left out.",
  'arm.issue.syntax': '{where}: {reason}. The value is left as a placeholder; fix the expression.',
  'arm.issue.unknowable': '{where} is known only at deployment: {reason}. The value is left as a placeholder.',
  'arm.issue.invalid': '{where} could not be evaluated: {reason}. The value is left as a placeholder.',
  'arm.paramsFileJson':
    'The parameters file is not valid JSON ({detail}); its values were not used. Fix the file or give the values with --param name=value.',
  'arm.paramsFileShape':
    'The parameters file has no "parameters" object ({"parameters": {"name": {"value": …}}}); its values were not used.',
  'arm.paramsFileUndeclared':
    "The parameters file sets '{name}', which this template does not declare; it was ignored. The template's parameters are: {list}.",
  'arm.parentUndeclared':
    "The parent template passes '{name}', which this nested template does not declare; it was ignored. Its parameters are: {list}.",
  'arm.paramUnknown': "--param {name}=… names no parameter of this template; it was ignored. The template's parameters are: {list}.",
  'arm.paramType': "--param {name}={text}: parameter '{name}' is of type {type}, so the value must be {expected}.",
  'arm.expected.int': 'an integer, e.g. 5',
  'arm.expected.bool': 'true or false',
  'arm.expected.array': 'a JSON array, e.g. ["a","b"]',
  'arm.expected.object': 'a JSON object, e.g. {"key":"value"}',
  'arm.origin.--param': ' (from the --param)',
  'arm.origin.parameters file': ' (from the parameters file)',
  'arm.origin.parent template': ' (from the parent template)',
  'arm.origin.default': ' (its default)',
  'arm.allowedValues':
    "Parameter '{name}' is {value}{where}, which is not one of its allowedValues: {allowed}. " +
    'Azure would refuse the deployment; give an allowed value with --param {name}=value.',
  'arm.minValue': "Parameter '{name}' is {value}{where}, below its minValue {limit}.",
  'arm.maxValue': "Parameter '{name}' is {value}{where}, above its maxValue {limit}.",
  'arm.minLength': "Parameter '{name}' has length {length}{where}, below its minLength {limit}.",
  'arm.maxLength': "Parameter '{name}' has length {length}{where}, above its maxLength {limit}.",
  'arm.notResource': '{path} is not a resource object; it was left out.',
  'arm.copyCount':
    '{path} is a copy loop whose count cannot be evaluated ({why}); its copies are left out. Give the missing value with --param name=value.',
  'arm.copyCountNotWhole': 'the count is {value}, not a whole number',
  'arm.conditionFalse': '{path} has condition false, so Azure would not deploy it; it was left out.',
  'arm.conditionUnknown': 'The condition of {path} cannot be evaluated ({why}); the resource was kept as if it were true.',
  'arm.conditionNotBool': 'it is {value}, not true or false',

  // Reading values into the topology (placeholders.ts, os.ts, fragments.ts).
  'arm.hint': '{expression} could not be evaluated ({reason}).{fix}',
  'arm.hintFix': ' Give {params} (or a parameters file) to import the real value.',
  'arm.intUnresolved': '{what}: {hint} It is imported as {placeholder}; fill in the real value.',
  'arm.intInvalid': '{what} is {value}, not an integer; it is imported as {placeholder}. Fix the value in the definition or in Floatplan.',
  'arm.boolUnresolved': "{what}: {hint} It is imported as {fallback}, which is only Azure's default, not the template's value: check it.",
  'arm.boolInvalid': '{what} is {value}, not true or false; it is imported as {fallback}. Check it.',
  'arm.nameUnresolved': 'The name of {kind} {n}: {hint} It is imported as "{name}"; rename it.',
  'arm.nameMissing': '{kind} {n} has no name; it is imported as "{name}". Rename it.',
  'arm.osMissing':
    'The OS of the VM "{name}" is not in the definition; it is imported as linux (NIC eth0). Set it in Floatplan so the guest script fits.',
  'arm.fragment':
    'This template has no load balancer resource: it is a fragment whose caller builds the load balancer from {paths}. ' +
    'Those are imported{asOne}; its SKU and frontend address are decided by the caller.',
  'arm.fragmentAsOne': ' as one load balancer',
  'arm.fragmentNicPools':
    'The output "{key}" lists the backend pools the caller\'s NICs join; the NICs are not in this template, so the pools are imported empty. ' +
    'Add the VMs in Floatplan (or import the caller template).',
  'arm.fieldOf': 'The {field} of {owner}',
  'arm.theSku': 'The SKU',
  'arm.collectionUnresolved': 'The {nouns} ({key}): {hint} None of them can be imported until it has a value.',
  'arm.elementInvalid': '{noun} {n} of {key} cannot be imported: {why}',
  'arm.notAnObject': 'it is {value}, not an object',
  'arm.enumInvalid': '{what} is {value}; Floatplan knows {allowed}. It is imported as {fallback}: check it.',
  'arm.enumUnresolved': '{what}: {hint} It is imported as {fallback}: check it.',
  'arm.skuFromCaller': 'The SKU of this load balancer is decided by the template that uses this one; it is imported as {fallback}.',
  'arm.skuMissing': 'The load balancer has no sku, which Azure reads as Basic (retired; migrate to Standard).',
  'arm.publicPlanned':
    'The public address of the frontend "{frontend}" is assigned by Azure; the address planned in Floatplan ({planned}, from metadata.floatplanFrontendAddresses) is used.',
  'arm.publicAssigned':
    'The public address of the frontend "{frontend}" is assigned by Azure when it deploys{notHere}; it is imported as {ip}, a documentation address. Fill in the real one.',
  'arm.publicNotHere': ' (its public IP resource is not in this definition)',
  'arm.publicPrefix':
    'The frontend "{name}" takes its address from a public IP prefix; it is imported as {ip}, a documentation address. Fill in the real one.',
  'arm.frontendAddressUnresolved':
    'The address of the frontend "{name}": {hint} It is imported as {ip}, a documentation address; fill in the real one.',
  'arm.frontendDynamic':
    'The frontend "{name}" has no static private address (Azure allocates it from the subnet); it is imported as {ip}, a documentation address. Fill in the real one.',
  'arm.fieldMissing': '{what} is missing (Azure requires it); it is imported as 0. Fill it in.',
  'arm.numberOfProbes':
    'The probe "{name}" uses numberOfProbes ({value}), which Azure retires on 1 Sep 2027; it is imported as probeThreshold, which replaces it.',
  'arm.noFrontend': '{owner} has no frontendIPConfiguration (Azure requires one); it is left unconnected. Connect it in Floatplan.',
  'arm.extraPool': '{owner} also sends to the backend pool "{other}"; Floatplan models one pool per rule, so only "{pool}" is imported.',
  'arm.noPool': '{owner} has no backend pool; it is left unconnected. Connect it in Floatplan.',
  'arm.natV2':
    'The inbound NAT rule "{name}" is a port-range (v2) NAT rule (it has {props}): Azure maps one frontend port of the range to each member of a backend pool. ' +
    'Floatplan plans classic NAT rules only (one frontend port to one VM IP configuration), so it is not imported.',
  'arm.notModelled': 'The {noun} "{name}" is not imported: {why}',
  'arm.gatewayChainNic':
    'IP configuration {n} of the NIC "{nic}" is chained to a Gateway load balancer (gatewayLoadBalancer). Floatplan does not model the chain; the VM is imported without it.',
  'arm.tunnelInterfaces':
    'The backend pool "{pool}" has {count} Gateway tunnel interface(s) (tunnelInterfaces, VXLAN). Floatplan does not model the tunnels; the pool is imported without them.',
  'arm.why.outboundRules': 'Floatplan does not model outbound rules.',
  'arm.why.inboundNatPools':
    'NAT pools serve virtual machine scale sets, and Floatplan plans classic inbound NAT rules to individual VMs only.',
  'arm.propertiesUnresolved':
    'The properties of the load balancer: {hint} Its frontends, pools, probes, rules and NAT rules cannot be imported until it has a value.',
  'arm.mixedFrontends': 'The load balancer mixes public and private frontends, which Azure does not allow; it is imported as Public.',
  'arm.ref.noTarget': 'its id {id} does not point at a {noun} of this load balancer',
  'arm.ref.noName': 'no {noun} is named {name}',
  'arm.ref.noId': 'the reference has no id',
  'arm.ref.onlyOne': 'The {noun} of {owner} cannot be read ({why}); the load balancer has only one {noun}, "{name}", so that one is used.',
  'arm.ref.otherName':
    'The {noun} of {owner} names "{wanted}", which this load balancer does not have (its only {noun} is "{name}"); it is left unconnected. Connect it in Floatplan.',
  'arm.ref.otherLb':
    '{owner} refers to the {noun} "{name}" of a load balancer whose name cannot be read; this load balancer has no {noun} of that name, so the reference is taken for another load balancer\'s.',
  'arm.ref.many':
    'The {noun} of {owner} cannot be read ({why}) and the load balancer has {count} {nouns} to choose from; it is left unconnected. Connect it in Floatplan.',
  'arm.natTwoTargets':
    'The inbound NAT rule "{rule}" is attached to {had} and also to {member}; Azure forwards a NAT rule to one IP configuration only, so only {had} is imported.',
  'arm.addressUnresolved': 'The address of {owner}: {hint} It is imported as {ip} (a documentation address); fill in the real one.',
  'arm.addressDynamic':
    '{owner} has no static address (Azure allocates it at deployment); it is imported as {ip}, a documentation address. Fill in the real one.',
  'arm.vmNicRefMalformed':
    'No virtual machine in the template refers to the NIC "{nic}" by an id Azure accepts: the VM "{vm}" names its network interface with {expression}, which is malformed ({reason}), and Azure rejects it. The VM is imported as "{nic}"; fix the id and import again.',
  'arm.ref.notNicId': 'it is not a network interface id',
  'arm.vmNicRefUnreadable':
    'No virtual machine in the template refers to the NIC "{nic}" by a readable id: the network interface of the VM "{vm}", {expression}, cannot be read ({reason}). The VM is imported as "{nic}"; rename it if it is "{vm}".',
  'arm.vmNamedAfterNic': 'No virtual machine in the template uses the NIC "{nic}"; its VM is named after the NIC. Rename it if you like.',
  'arm.memberNoVm':
    'The {what} "{name}" ({ip}) has no virtual machine in the definition; it is imported as a Linux VM with NIC eth0. Set its OS in Floatplan.',
  'arm.notIpConfigId': '{lists} {value}, which is not a NIC IP configuration id; it is left out. Add the VM in Floatplan.',
  'arm.nicAddressElsewhere':
    'The NIC "{nic}" (IP configuration "{config}") {role} but its address is not in this JSON (`az network nic show` has it); it is imported as {ip}, a documentation address.',
  'arm.role.pool': 'is in the pool "{pool}"',
  'arm.role.nat': 'is the target of the inbound NAT rule "{rule}"',
  'arm.lists.pool': 'The pool "{pool}" lists the member',
  'arm.lists.nat': 'The inbound NAT rule "{rule}" names the backend IP configuration',
  'arm.skipped': '{where}: {why}',
  'arm.restRequest':
    "This is a REST API example: the load balancer is read from its request body ({path}), what the PUT creates; the example's responses are not read.",
  'arm.noLbInTemplate': 'it has no Microsoft.Network/loadBalancers resource and no load-balancing rules in its outputs or variables',
  'arm.childIgnored': '{path} is a {type} resource of its own and is not imported: {why}.',
  'arm.childNotCollection':
    "Floatplan reads a load balancer's frontends, backend pools, probes, load-balancing rules and inbound NAT rules, and this type is none of them",
  'arm.childName':
    'its name {name} is not "<load balancer>/<element>"; give it the load balancer\'s name and its own, or use Bicep `parent:`',
  'arm.childNoParent': 'its load balancer "{parent}" is not in this template',
  'arm.childDuplicate': 'the load balancer already declares "{name}" in its {key}; the one inside the load balancer is imported',
  'arm.secondLoadBalancer':
    '"{name}" (at {label}) is not imported: --lb picked another load balancer of the file. Import without --lb to get every load balancer in one topology.',

  // Why an ARM function could not give a value (expression/functions.ts).
  'fn.overflow': '{fn}() overflowed: the result {n} is outside the integer range Floatplan evaluates exactly',
  'fn.compare': '{fn}() compares two integers or two strings, got {a} and {b}',
  'fn.stringOrArray': '{fn}() expects a string or an array as argument {index}, got {type}',
  'fn.concatNone': 'concat() needs at least one argument',
  'fn.concatType': 'concat() joins strings or arrays; argument {index} is {type}',
  'fn.divZero': '{fn}() cannot divide by zero',
  'fn.environment': 'environment() describes the Azure cloud, which is known only at deployment',
  'fn.utcNow': 'utcNow() is the deployment time, known only at deployment',
  'fn.newGuid': 'newGuid() is random at each deployment',
  'fn.managementGroup': 'managementGroup() is known only at deployment',
  'fn.pickZones': "pickZones() depends on the region's availability zones, known only to Azure",
  'fn.rangeCount': 'range() count must be 0 to 10000, got {count}',
  'fn.createObject': 'createObject() takes key, value pairs; got {count} arguments',
  'fn.minMaxNone': '{fn}() needs at least one integer',
};
